import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let personId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  const persons = (await admin.request({ method: "GET", url: "/api/v1/persons?perPage=1" })).json<{ items: Array<{ id: string }> }>();
  personId = persons.items[0]?.id ?? "";
});
afterAll(async () => t.close());

interface PageOf<T> {
  items: T[];
  total: number;
}

interface ListOperation {
  parameters?: Array<{ name: string; in: string }>;
  responses?: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }>;
}

/** Every GET under /api/v1 that answers a page (`items`, `total`, `page`, `perPage`), from the OpenAPI document, with its operation. */
async function listOperations(): Promise<Array<[string, ListOperation]>> {
  const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{ paths: Record<string, { get?: ListOperation }> }>();
  return Object.entries(spec.paths).flatMap(([path, item]): Array<[string, ListOperation]> => {
    const properties = item.get?.responses?.["200"]?.content?.["application/json"]?.schema?.properties ?? {};
    return item.get && path.startsWith("/api/v1/") && ["items", "total", "page", "perPage"].every((name) => name in properties) ? [[path, item.get]] : [];
  });
}

async function listRoutes(): Promise<string[]> {
  return (await listOperations()).map(([path]) => path);
}

/** A concrete URL of a list route, with what it needs to answer. */
function listUrl(path: string): string {
  const url = path.replace("{code}", "markers");
  if (url === "/api/v1/assignments/unassigned") return `${url}?target=person`;
  return url === "/api/v1/audit" ? `${url}?entity=person&id=${personId}` : url;
}

const withQuery = (url: string, query: string) => `${url}${url.includes("?") ? "&" : "?"}${query}`;

async function page<T>(url: string): Promise<PageOf<T>> {
  const response = await admin.request({ method: "GET", url });
  expect(response.statusCode, `${url} ${response.body}`).toBe(200);
  return response.json<PageOf<T>>();
}

describe("every list", () => {
  it("refuses a sort field it does not have, including what every object inherits", async () => {
    const routes = await listRoutes();
    expect(routes).toEqual(expect.arrayContaining(["/api/v1/api-keys", "/api/v1/audit", "/api/v1/custom-fields", "/api/v1/reference-tables", "/api/v1/users"]));
    for (const path of routes) {
      for (const field of ["colour", "-constructor"]) {
        const response = await admin.request({ method: "GET", url: withQuery(listUrl(path), `sort=${field}`) });
        expect(response.statusCode, `${path} sort=${field}: ${response.body}`).toBe(400);
        expect(response.json().errors).toEqual([expect.objectContaining({ path: "querystring.sort", code: "validation.unknown_sort" })]);
      }
    }
  });
});

describe("q on every list", () => {
  it("is accepted where the document offers it, and refused (never ignored) where it does not", async () => {
    const disagreements: string[] = [];
    for (const [path, operation] of await listOperations()) {
      const offered = (operation.parameters ?? []).some((parameter) => parameter.in === "query" && parameter.name === "q");
      const response = await admin.request({ method: "GET", url: withQuery(listUrl(path), "q=zz") });
      const refused = response.statusCode === 400 && response.json().errors?.[0]?.code === "validation.search_not_supported";
      if (offered ? response.statusCode !== 200 : !refused) disagreements.push(`${path}: q ${offered ? "offered" : "not offered"}, answered ${response.statusCode}`);
    }
    expect(disagreements).toEqual([]);
  });
});

describe("lists that used to ignore sort or q", () => {
  it("API keys: q on name and prefix, sort by name", async () => {
    for (const name of ["Synchronisation ERP", "Connecteur CRM", "Export comptable"]) {
      expect((await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name, permissions: ["reference:read"] } })).statusCode).toBe(201);
    }
    const found = await page<{ name: string; prefix: string }>("/api/v1/api-keys?q=erp");
    expect(found.items.map((key) => key.name)).toEqual(["Synchronisation ERP"]);
    expect((await page("/api/v1/api-keys?q=" + found.items[0]?.prefix)).total).toBe(1);
    const byName = (await page<{ name: string }>("/api/v1/api-keys?sort=name")).items.map((key) => key.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect((await page<{ name: string }>("/api/v1/api-keys?sort=-name")).items.map((key) => key.name)).toEqual([...byName].reverse());
  });

  it("audit: sorted by instant either way, and q refused", async () => {
    const created = await admin.request({ method: "POST", url: "/api/v1/origins", payload: { code: "historique", label: "Historique", kind: "other" } });
    const origin = created.json<{ id: string; version: number }>();
    await admin.request({ method: "PATCH", url: `/api/v1/origins/${origin.id}`, payload: { label: "Historique 2", version: origin.version } });
    const url = `/api/v1/audit?entity=origin&id=${origin.id}`;
    expect((await page<{ action: string }>(url)).items.map((entry) => entry.action)).toEqual(["update", "create"]);
    expect((await page<{ action: string }>(`${url}&sort=at`)).items.map((entry) => entry.action)).toEqual(["create", "update"]);
    const refused = await admin.request({ method: "GET", url: `${url}&q=label` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "querystring.q", code: "validation.search_not_supported" })]);
  });

  it("custom fields and reference tables: sort by code or key either way", async () => {
    for (const key of ["alpha_field", "zulu_field"]) {
      await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key, labelFr: key, labelEn: key, type: "text" } });
    }
    const keys = (await page<{ key: string }>("/api/v1/custom-fields?sort=-key")).items.map((field) => field.key);
    expect(keys).toEqual(["zulu_field", "alpha_field"]);
    const codes = (await page<{ code: string }>("/api/v1/reference-tables?sort=code&perPage=100")).items.map((table) => table.code);
    expect(codes).toEqual([...codes].sort());
    expect((await page<{ code: string }>("/api/v1/reference-tables?sort=-code&perPage=100")).items.map((table) => table.code)).toEqual([...codes].reverse());
  });
});
