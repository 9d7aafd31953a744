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

describe("every list's query", () => {
  it("reports every fault at once, field by field: an unknown sort field beside a page size of 0", async () => {
    const partial: string[] = [];
    for (const path of await listRoutes()) {
      const response = await admin.request({ method: "GET", url: withQuery(listUrl(path), "sort=colour&perPage=0") });
      const paths = response.statusCode === 400 ? response.json<{ errors: Array<{ path: string; code: string }> }>().errors.map((error) => `${error.path}:${error.code}`) : [];
      if (!(paths.includes("querystring.perPage:validation.too_small") && paths.includes("querystring.sort:validation.unknown_sort"))) partial.push(`${path}: ${response.statusCode} ${paths.join(" ")}`);
    }
    expect(partial).toEqual([]);
    const message = (await admin.request({ method: "GET", url: "/api/v1/roles?sort=colour&perPage=0", headers: { "accept-language": "en" } })).json<{ errors: Array<{ path: string; message: string }> }>().errors;
    expect(message).toContainEqual({ path: "querystring.sort", code: "validation.unknown_sort", message: "Cannot sort on this field; possible fields: code, name" });
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
  it("reads %, _ and \\ in q as themselves, not as any text", async () => {
    for (const q of ["%", "\\"]) {
      for (const url of ["/api/v1/users", "/api/v1/roles", "/api/v1/origins", "/api/v1/reference-tables/markers/values"]) {
        const page = (await admin.request({ method: "GET", url: `${url}?q=${encodeURIComponent(q)}` })).json<PageOf<unknown>>();
        expect(page.total, `${url}?q=${q}`).toBe(0);
      }
    }
    // No e-mail nor name of a user holds an underscore; origins' codes do.
    expect((await admin.request({ method: "GET", url: "/api/v1/users?q=_" })).json<PageOf<unknown>>().total).toBe(0);
    const origins = (await admin.request({ method: "GET", url: "/api/v1/origins?q=_&perPage=100" })).json<PageOf<{ code: string; label: string }>>();
    expect(origins.total).toBeGreaterThan(0);
    expect(origins.items.every((origin) => `${origin.code}${origin.label}`.includes("_"))).toBe(true);
    const created = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "taux_100", labelFr: "Taux 100 %", labelEn: "Rate 100 %" } });
    expect(created.statusCode).toBe(201);
    const found = (await admin.request({ method: "GET", url: `/api/v1/reference-tables/markers/values?q=${encodeURIComponent("100 %")}` })).json<PageOf<{ code: string }>>();
    expect(found.items.map((item) => item.code)).toEqual(["taux_100"]);
  });

  it("refuses, rather than ignores, a field an update cannot change (a code, a custom field's type, a user's e-mail)", async () => {
    const value = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "fige", labelFr: "Figé", labelEn: "Fixed" } })).json<{ id: string; version: number }>();
    const renamed = await admin.request({ method: "PATCH", url: `/api/v1/reference-tables/markers/values/${value.id}`, payload: { code: "change", version: value.version } });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().errors).toEqual([expect.objectContaining({ code: "validation.unrecognized_keys" })]);
    const field = (await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key: "fige_type", labelFr: "Figé", labelEn: "Fixed", type: "text" } })).json<{ id: string; version: number }>();
    expect((await admin.request({ method: "PATCH", url: `/api/v1/custom-fields/${field.id}`, payload: { type: "number", version: field.version } })).statusCode).toBe(400);
    const me = (await admin.request({ method: "GET", url: "/api/v1/me" })).json<{ user: { id: string } }>();
    const user = (await admin.request({ method: "GET", url: `/api/v1/users/${me.user.id}` })).json<{ version: number }>();
    expect((await admin.request({ method: "PATCH", url: `/api/v1/users/${me.user.id}`, payload: { email: "autre@alpha.demo", version: user.version } })).statusCode).toBe(400);
    expect((await admin.request({ method: "GET", url: `/api/v1/reference-tables/markers/values/${value.id}` })).json()).toMatchObject({ code: "fige", version: value.version });
    const product = (await admin.request({ method: "GET", url: "/api/v1/products?perPage=1" })).json<{ items: Array<{ id: string; version: number }> }>().items[0];
    if (!product) throw new Error("no demo product");
    expect((await admin.request({ method: "PATCH", url: `/api/v1/products/${product.id}`, payload: { code: "AUTRE", version: product.version } })).statusCode).toBe(400);
  });

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
    expect(keys.filter((key) => key.endsWith("_field"))).toEqual(["zulu_field", "alpha_field"]);
    const codes = (await page<{ code: string }>("/api/v1/reference-tables?sort=code&perPage=100")).items.map((table) => table.code);
    expect(codes).toEqual([...codes].sort());
    expect((await page<{ code: string }>("/api/v1/reference-tables?sort=-code&perPage=100")).items.map((table) => table.code)).toEqual([...codes].reverse());
  });
});
