import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../platform/db/database.js";
import { sqlState } from "../platform/db/errors.js";
import { withTenant } from "../platform/db/tenant-transaction.js";
import { startTestApp, type Caller, type TestApp } from "../test-support/test-app.js";

let t: TestApp;
let routes: Array<{ method: string; path: string }>;
const alphaIds: Record<string, string> = {};
let betaKey: Caller;

const methodsOf = (item: Record<string, unknown>): string[] => Object.keys(item).filter((key) => ["get", "post", "put", "patch", "delete"].includes(key));
const minimalPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";

beforeAll(async () => {
  t = await startTestApp();
  const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{ paths: Record<string, Record<string, unknown>> }>();
  routes = Object.entries(spec.paths)
    .filter(([path]) => path.startsWith("/api/v1/"))
    .flatMap(([path, item]) => methodsOf(item).map((method) => ({ method: method.toUpperCase(), path })));

  const alpha = await t.signIn("admin@alpha.demo");
  const post = async (url: string, payload: Record<string, unknown>) => (await alpha.request({ method: "POST", url, payload })).json<{ id: string; jobId?: string }>();
  alphaIds.users = alpha.userId;
  alphaIds.roles = (await post("/api/v1/roles", { code: "auditor", name: "Auditeur", permissions: ["audit:read"] })).id;
  alphaIds["api-keys"] = (await post("/api/v1/api-keys", { name: "alpha key" })).id;
  alphaIds["custom-fields"] = (await post("/api/v1/custom-fields", { entity: "person", key: "loyalty", labelFr: "Fidélité", labelEn: "Loyalty", type: "text" })).id;
  alphaIds.values = (await post("/api/v1/reference-tables/markers/values", { code: "alpha_only", labelFr: "Alpha", labelEn: "Alpha" })).id;
  alphaIds.origins = (await post("/api/v1/origins", { code: "alpha_origin", label: "Alpha", kind: "other" })).id;
  const person = (name: string) => post("/api/v1/persons", { category: "individual", lastName: name, originId: alphaIds.origins });
  alphaIds.persons = (await person("Alphaonly")).id;
  alphaIds.relations = (await post(`/api/v1/persons/${alphaIds.persons}/relations`, { type: "spouse_of", personId: (await person("Alphaspouse")).id })).id;
  alphaIds.jobs = (await post("/api/v1/users/export", {})).jobId ?? "";
  const boundary = "----adhesia";
  const upload = await alpha.request({
    method: "POST",
    url: "/api/v1/files",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${minimalPdf}\r\n--${boundary}--\r\n`,
  });
  alphaIds.files = upload.json<{ id: string }>().id;
  alphaIds.attachments = (
    await alpha.request({
      method: "POST",
      url: `/api/v1/persons/${alphaIds.persons}/attachments`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${minimalPdf}\r\n--${boundary}--\r\n`,
    })
  ).json<{ id: string }>().id;
  // Companies: their {relationId} and {attachmentId} routes use the persons' samples above (any id of alpha's does).
  alphaIds.companies = (await post("/api/v1/companies", { name: "Alphaonly SAS", inCreation: true, originId: alphaIds.origins, mainContactId: alphaIds.persons })).id;
  alphaIds.links = (await post(`/api/v1/companies/${alphaIds.companies}/persons`, { personId: alphaIds.persons, role: "officer" })).id;
  alphaIds.sites = (await post(`/api/v1/companies/${alphaIds.companies}/sites`, { name: "Siège", address: { lines: ["1 rue de la Paix"], postalCode: "75002", city: "Paris" } })).id;
  // Competitor coverage: the {coverageId} sample is a company's; the persons' route refuses it the same way.
  alphaIds.coverages = (await post(`/api/v1/companies/${alphaIds.companies}/competitor-coverages`, { domain: "health", insurer: "Autre mutuelle" })).id;

  alphaIds["duplicate-rules"] = (await alpha.request({ method: "GET", url: "/api/v1/duplicate-rules?target=person" })).json<{ items: Array<{ id: string }> }>().items[0]?.id ?? "";
  const source = await person("Alphamerged");
  alphaIds.merges = (await post(`/api/v1/persons/${alphaIds.persons}/merge`, { sourceId: source.id })).id;
  // A scan's finding, written as the scan job would (no worker runs here).
  const [pairA, pairB] = [(await person("Alphapaira")).id, (await person("Alphapairb")).id].sort();
  alphaIds["duplicate-candidates"] = await withTenant(t.platform.database, { tenantId: alpha.tenantId, userId: alpha.userId }, async (tx) => {
    const [row] = await rowsOf<{ id: string }>(tx, sql`insert into duplicate_candidates (tenant_id, id, target, record_a, record_b, rule_code, score, fields) values (${alpha.tenantId}, gen_random_uuid(), 'person', ${pairA}, ${pairB}, 'email', 1, '{email}') returning id`);
    return row?.id ?? "";
  });

  alphaIds.introducers = (await post("/api/v1/introducers", { kind: "agency", name: "Agence Alpha seule", code: "ALPHA-ONLY" })).id;
  alphaIds.sectors = (await post("/api/v1/sectors", { code: "ALPHA-ONLY", label: "Alpha", postalCodes: ["99999"] })).id;
  alphaIds["assignment-rules"] = (await post("/api/v1/assignment-rules", { market: "MDP", postalCode: "99999", introducerId: alphaIds.introducers })).id;
  alphaIds.ranges = (await post("/api/v1/ranges", { code: "ALPHA-ONLY", label: "Alpha", domain: "health", contractType: "individual", rangeType: "base" })).id;
  alphaIds.guarantees = (await post("/api/v1/guarantees", { rangeId: alphaIds.ranges, coverageModule: "hospital", code: "stay", label: "Alpha" })).id;
  alphaIds.products = (await post("/api/v1/products", { rangeId: alphaIds.ranges, code: "ALPHA-ONLY", label: "Alpha" })).id;
  alphaIds.formulas = (await post("/api/v1/formulas", { productId: alphaIds.products, code: "ALPHA-ONLY", label: "Alpha" })).id;
  alphaIds.interactions = (await post("/api/v1/interactions", { type: "call_out", personId: alphaIds.persons, plannedAt: new Date().toISOString(), subject: "Alpha" })).id;
  alphaIds.opportunities = (await post("/api/v1/opportunities", { personId: alphaIds.persons, domain: "health", originId: alphaIds.origins })).id;
  const quote = await alpha.request({ method: "POST", url: "/api/v1/quotes", payload: { opportunityId: alphaIds.opportunities, kind: "manual", number: "ALPHA-ONLY", annualGrossCents: 120000, effectiveDate: "2027-01-01", validUntil: "2027-02-01" } });
  alphaIds.quotes = quote.json<{ quote: { id: string } }>().quote.id;
  const contract = { sourceSystem: "ALPHA", number: "ALPHA-ONLY", status: "active", startDate: "2026-01-01", domain: "health", productLabel: "Alpha", holder: { type: "person", lastName: "Alphaholder", firstName: "Solo", birthDate: "1980-01-01" } };
  // The real-time contract endpoint is for systems only: an API key pushes the sample.
  const alphaSystem = t.withApiKey((await alpha.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "alpha back office" } })).json<{ key: string }>().key);
  alphaIds.contracts = (await alphaSystem.request({ method: "POST", url: "/api/v1/integrations/back-office/contracts", payload: contract })).json<{ contractId: string }>().contractId;
  const intakePart = (field: string, csv: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${field}.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n`;
  const intake = await alpha.request({
    method: "POST",
    url: "/api/v1/integrations/contract-intakes",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: `${intakePart("holders", "holder_ref;type\n")}${intakePart("contracts", "contract_number;holder_ref\n")}${intakePart("beneficiaries", "contract_number;role\n")}--${boundary}--\r\n`,
  });
  // The intake's {id} (under /integrations) and the history's are the same run.
  alphaIds.integrations = alphaIds["contract-import-batches"] = intake.json<{ batchId: string }>().batchId;

  const beta = await t.signIn("admin@beta.demo");
  betaKey = t.withApiKey((await beta.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "beta all" } })).json<{ key: string }>().key);
});
afterAll(async () => t.close());

function sampleUrl(path: string): string {
  const resource = path.includes("/values/{id}") ? "values" : (path.split("/")[3] ?? "");
  const id = alphaIds[resource];
  if (path.includes("{id}") && !id) throw new Error(`No alpha sample id for ${path}: add one to the sweep`);
  // Sub-resources name their id after the resource: {relationId} is a sample of "relations".
  return path.replace("{code}", "markers").replace("{id}", id ?? "").replace(/\{(\w+)Id\}/g, (_, name: string) => alphaIds[`${name}s`] ?? "");
}

describe("authentication on every route", () => {
  const publicRoutes = new Set(["POST /api/v1/auth/login", "GET /api/v1/auth/demo-logins"]);

  it("lists the API in OpenAPI 3.1", () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it("answers 401 problem without credentials on every /api/v1 route except sign-in", async () => {
    const failures: string[] = [];
    for (const route of routes) {
      if (publicRoutes.has(`${route.method} ${route.path}`)) continue;
      const response = await t.app.inject({ method: route.method as "GET", url: sampleUrl(route.path), payload: route.method === "GET" || route.method === "DELETE" ? undefined : {} });
      if (response.statusCode !== 401 || response.json().code !== "auth.unauthenticated") failures.push(`${route.method} ${route.path} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers 403 to a role without the permission", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    for (const url of ["/api/v1/users", "/api/v1/roles", "/api/v1/api-keys", "/api/v1/audit?entity=user&id=" + alphaIds.users]) {
      const response = await advisor.request({ method: "GET", url });
      expect(response.statusCode, url).toBe(403);
    }
    const write = await advisor.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "x1", labelFr: "x", labelEn: "x" } });
    expect(write.statusCode).toBe(403);
  });
});

/** A body valid in form, so that only the tenant check can refuse it. */
function postPayload(path: string): Record<string, unknown> {
  const otherId = "01900000-0000-7000-8000-000000000001";
  if (path.startsWith("/api/v1/companies/")) {
    if (path.endsWith("/relations")) return { type: "partner_of", companyId: otherId };
    if (path.endsWith("/persons")) return { personId: otherId, role: "employee" };
    if (path.endsWith("/sites")) return { name: "pris", address: { lines: ["1 rue X"], postalCode: "75002", city: "Paris" } };
  }
  if (path.endsWith("/competitor-coverages")) return { domain: "health", insurer: "pris" };
  if (path.endsWith("/merge")) return { sourceId: otherId };
  if (path.endsWith("/complete")) return { resultCode: "reached" };
  if (path.endsWith("/state")) return { state: "sent" };
  if (path.endsWith("/close")) return { state: "lost", reason: "pris" };
  if (path.endsWith("/decision")) return { action: "dismiss" };
  if (path.endsWith("/relations")) return { type: "spouse_of", personId: otherId };
  if (path.endsWith("/advisors")) return { userId: otherId };
  if (path.endsWith("/tariffs")) return { effectiveFrom: "2026-01-01", ageMethod: "exact", responsibleContract: true, grids: [{ formulaId: otherId, grid: { type: "flat", rows: [{ amountCents: 100 }] } }] };
  return {};
}

function patchPayload(path: string): Record<string, unknown> {
  if (path.startsWith("/api/v1/duplicate-rules/")) return { version: 1, label: "pris" };
  if (path.startsWith("/api/v1/persons/")) return { version: 1, lastName: "pris" };
  if (path.startsWith("/api/v1/companies/")) return { version: 1, name: "pris" };
  if (path.startsWith("/api/v1/assignment-rules/")) return { version: 1, market: "MDE" };
  if (path.startsWith("/api/v1/sectors/")) return { version: 1, label: "pris" };
  if (path.startsWith("/api/v1/introducers/")) return { version: 1, name: "pris" };
  if (path.startsWith("/api/v1/interactions/")) return { version: 1, subject: "pris" };
  if (path.startsWith("/api/v1/opportunities/")) return { version: 1, description: "pris" };
  if (/^\/api\/v1\/(ranges|products|formulas|guarantees)\//.test(path)) return { version: 1, label: "pris" };
  if (path.startsWith("/api/v1/users/")) return { version: 1, displayName: "pris" };
  if (path.startsWith("/api/v1/roles/")) return { version: 1, name: "pris" };
  if (path.startsWith("/api/v1/origins/")) return { version: 1, label: "pris" };
  if (path.startsWith("/api/v1/reference-tables/") || path.startsWith("/api/v1/custom-fields/")) return { version: 1, labelFr: "pris" };
  return { version: 1, labelFr: "pris", displayName: "pris", name: "pris" };
}

describe("cross-tenant sweep", () => {
  it("gives tenant beta a 404 for every id of tenant alpha, on every route with an id", async () => {
    const leaks: string[] = [];
    const withId = routes.filter((route) => route.path.includes("{id}"));
    expect(withId.length).toBeGreaterThanOrEqual(10);
    for (const route of withId) {
      const payload = route.method === "PATCH" ? patchPayload(route.path) : route.method === "POST" || route.method === "PUT" ? postPayload(route.path) : undefined;
      const response = await betaKey.request({ method: route.method as "GET", url: sampleUrl(route.path), payload });
      if (response.statusCode !== 404) leaks.push(`${route.method} ${route.path} → ${response.statusCode} ${response.body.slice(0, 120)}`);
    }
    expect(leaks).toEqual([]);
  });

  it("shows beta none of alpha's rows in lists", async () => {
    const list = (await betaKey.request({ method: "GET", url: "/api/v1/reference-tables/markers/values?perPage=500&includeInactive=true" })).json<{ items: Array<{ code: string }> }>();
    expect(list.items.map((item) => item.code)).not.toContain("alpha_only");
  });
});

describe("row-level security in the database", () => {
  it("returns no row to the application role when no tenant is set, and only the tenant's rows when one is", async () => {
    const { database } = t.platform;
    const counts = await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role adhesia_app`);
      const result = (await tx.execute(sql`select (select count(*) from users)::int as users, (select count(*) from reference_values)::int as values, (select count(*) from roles)::int as roles`)) as unknown as {
        rows: Array<{ users: number; values: number; roles: number }>;
      };
      return result.rows[0];
    });
    expect(counts).toEqual({ users: 0, values: 0, roles: 0 });

    const [tenant] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'beta'`);
    const betaUsers = await withTenant(database, { tenantId: tenant?.id ?? "", userId: null }, async (tx) => {
      const result = (await tx.execute(sql`select email from users order by email`)) as unknown as { rows: Array<{ email: string }> };
      return result.rows.map((row) => row.email);
    });
    expect(betaUsers).toContain("admin@beta.demo");
    expect(betaUsers.every((email) => email.endsWith("@beta.demo"))).toBe(true);
  });

  it("keeps the change history append-only for the application", async () => {
    const { database } = t.platform;
    const [alpha] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
    const scope = { tenantId: alpha?.id ?? "", userId: null };
    const [entry] = await withTenant(database, scope, async (tx) => {
      const result = (await tx.execute(sql`select count(*)::int as total from audit_entries`)) as unknown as { rows: Array<{ total: number }> };
      return result.rows;
    });
    expect(entry?.total).toBeGreaterThan(0);
    const refusal = async (statement: ReturnType<typeof sql>) => withTenant(database, scope, (tx) => tx.execute(statement)).then(() => "allowed", (error: unknown) => sqlState(error));
    // 42501: insufficient_privilege.
    expect(await refusal(sql`update audit_entries set action = 'delete'`)).toBe("42501");
    expect(await refusal(sql`delete from audit_entries`)).toBe("42501");
  });

  it("refuses to write a row for another tenant", async () => {
    const { database } = t.platform;
    const [alpha] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
    const [beta] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'beta'`);
    await expect(
      withTenant(database, { tenantId: beta?.id ?? "", userId: null }, (tx) =>
        tx.execute(sql`insert into reference_values (tenant_id, id, table_code, code, label_fr, label_en) values (${alpha?.id ?? ""}, gen_random_uuid(), 'markers', 'sneaky', 's', 's')`),
      ),
    ).rejects.toThrow();
  });
});
