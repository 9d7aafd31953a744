import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

describe("reference tables", () => {
  it("lists the tenant's tables with their value counts", async () => {
    const body = (await admin.request({ method: "GET", url: "/api/v1/reference-tables?perPage=100" })).json<{ items: Array<{ code: string; valueCount: number }>; total: number; page: number; perPage: number }>();
    expect(body).toMatchObject({ page: 1, perPage: 100 });
    const codes = body.items.map((item) => item.code);
    expect(codes).toEqual(expect.arrayContaining(["markers", "importance", "product_families", "interaction_results", "professions", "social_regimes"]));
    expect(body.items.find((item) => item.code === "social_regimes")?.valueCount).toBeGreaterThanOrEqual(3);
  });

  it("creates a value, refuses the same code twice, and pages and searches the list", async () => {
    const created = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "vip", labelFr: "Client VIP", labelEn: "VIP client" } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: "vip", tableCode: "markers", active: true, version: 1 });
    const again = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "vip", labelFr: "Autre", labelEn: "Other" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: "code", code: "record.already_exists", message: "Une fiche avec ce code existe déjà" }]);
    const search = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/markers/values?q=vip" })).json<{ items: Array<{ code: string }>; total: number }>();
    expect(search.items.map((item) => item.code)).toEqual(["vip"]);
    const page = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/markers/values?perPage=1&page=2&sort=code" })).json<{ items: unknown[]; total: number }>();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
  });

  it("reports every invalid field, in the client's language, and writes nothing", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/v1/reference-tables/markers/values",
      headers: { "accept-language": "en" },
      payload: { code: "not valid!", labelFr: "" },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; title: string; errors: Array<{ path: string; code: string; message: string }> }>();
    expect(problem.code).toBe("validation.failed");
    expect(problem.title).toBe("The request contains invalid data");
    expect(problem.errors.map((error) => [error.path, error.code])).toEqual([
      ["code", "validation.invalid_format"],
      ["labelFr", "validation.too_small"],
      ["labelEn", "validation.required"],
    ]);
    const list = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/markers/values?q=not" })).json<{ total: number }>();
    expect(list.total).toBe(0);
  });

  it("deactivates a value with optimistic locking: a stale version gets 409", async () => {
    const value = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/importance/values", payload: { code: "critical", labelFr: "Critique", labelEn: "Critical" } })).json<{ id: string; version: number }>();
    const url = `/api/v1/reference-tables/importance/values/${value.id}`;
    const first = await admin.request({ method: "PATCH", url, payload: { active: false, version: value.version } });
    expect(first.json()).toMatchObject({ active: false, version: 2 });
    const stale = await admin.request({ method: "PATCH", url, payload: { labelFr: "Très critique", version: value.version } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("record.version_conflict");
    const active = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/importance/values" })).json<{ items: Array<{ code: string }> }>();
    expect(active.items.map((item) => item.code)).not.toContain("critical");
    const all = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/importance/values?includeInactive=true" })).json<{ items: Array<{ code: string }> }>();
    expect(all.items.map((item) => item.code)).toContain("critical");
  });

  it("keeps the history of a value in the audit trail", async () => {
    const value = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/professions/values", payload: { code: "pharmacist", labelFr: "Pharmacien", labelEn: "Pharmacist" } })).json<{ id: string }>();
    await admin.request({ method: "PATCH", url: `/api/v1/reference-tables/professions/values/${value.id}`, payload: { labelFr: "Pharmacien d'officine", version: 1 } });
    const history = (await admin.request({ method: "GET", url: `/api/v1/audit?entity=reference_value&id=${value.id}` })).json<{ items: Array<{ action: string; changes: Record<string, unknown>; actorUserId: string }> }>();
    expect(history.items.map((item) => item.action)).toEqual(["update", "create"]);
    expect(history.items[0]?.changes).toEqual({ labelFr: { before: "Pharmacien", after: "Pharmacien d'officine" } });
    expect(history.items[0]?.actorUserId).toEqual(expect.any(String));
  });

  it("answers 404 for an unknown table", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/reference-tables/unknown_table/values" });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("reference.unknown_table");
  });
});

describe("custom fields", () => {
  it("creates fields of each type and requires list values for a list", async () => {
    const list = await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key: "channel", labelFr: "Canal", labelEn: "Channel", type: "list" } });
    expect(list.statusCode).toBe(400);
    expect(list.json().errors).toEqual([{ path: "listValues", code: "custom_field.list_values_required", message: expect.any(String) }]);
    const created = await admin.request({
      method: "POST",
      url: "/api/v1/custom-fields",
      payload: { entity: "person", key: "channel", labelFr: "Canal", labelEn: "Channel", type: "list", listValues: ["phone", "web"], required: true },
    });
    expect(created.statusCode).toBe(201);
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "company", key: "founded", labelFr: "Date de création", labelEn: "Founded", type: "date" } });
    const persons = (await admin.request({ method: "GET", url: "/api/v1/custom-fields?entity=person" })).json<{ items: Array<{ key: string; listValues: string[]; required: boolean }> }>();
    expect(persons.items).toEqual([expect.objectContaining({ key: "channel", listValues: ["phone", "web"], required: true })]);
  });

  it("requires a required custom field of every person and company a client creates, whether it sends custom fields or not", async () => {
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "company", key: "sector", labelFr: "Secteur", labelEn: "Sector", type: "text", required: true } });
    const origins = (await admin.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string }> }>();
    const person = { category: "individual", lastName: "Sanscanal", originId: origins.items[0]?.id };
    const paths = (body: { errors?: Array<{ path: string; code: string }> }) => (body.errors ?? []).map((error) => `${error.path}:${error.code}`);
    for (const customFields of [undefined, {}]) {
      const refused = await admin.request({ method: "POST", url: "/api/v1/persons", payload: { ...person, ...(customFields ? { customFields } : {}) } });
      expect(paths(refused.json())).toEqual(["customFields.channel:custom_field.required"]);
    }
    const company = { name: "Sans secteur", legalForm: "association", originId: origins.items[0]?.id, mainContact: { ...person, firstName: "Contact" } };
    const companyRefused = await admin.request({ method: "POST", url: "/api/v1/companies", payload: company });
    expect(paths(companyRefused.json()).sort()).toEqual(["customFields.sector:custom_field.required", "mainContact.customFields.channel:custom_field.required"]);
    expect((await admin.request({ method: "GET", url: "/api/v1/persons?q=Sanscanal" })).json<{ total: number }>().total).toBe(0);
    const accepted = await admin.request({ method: "POST", url: "/api/v1/persons", payload: { ...person, customFields: { channel: "web" } } });
    expect(accepted.statusCode).toBe(201);
  });

  it("lets only an administrator manage them", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    expect((await advisor.request({ method: "GET", url: "/api/v1/custom-fields" })).statusCode).toBe(200);
    const refused = await advisor.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key: "x_field", labelFr: "x", labelEn: "x", type: "text" } });
    expect(refused.statusCode).toBe(403);
  });
});

describe("French referentials", () => {
  it("finds NAF codes by code and by words, at levels 2 and 5", async () => {
    const byCode = (await admin.request({ method: "GET", url: "/api/v1/referentials/naf?q=8621Z" })).json<{ items: Array<{ code: string; label: string; level: number }> }>();
    expect(byCode.items[0]).toMatchObject({ code: "86.21Z", level: 5 });
    expect(byCode.items[0]?.label.toLowerCase()).toContain("médecins généralistes");
    const divisions = (await admin.request({ method: "GET", url: "/api/v1/referentials/naf?q=sante&level=2" })).json<{ items: Array<{ code: string; level: number }> }>();
    expect(divisions.items.map((item) => item.code)).toContain("86");
    expect(divisions.items.every((item) => item.level === 2)).toBe(true);
  });

  it("finds a collective agreement by its IDCC number", async () => {
    const body = (await admin.request({ method: "GET", url: "/api/v1/referentials/idcc?q=1486" })).json<{ items: Array<{ idcc: string; title: string }> }>();
    expect(body.items[0]?.idcc).toBe("1486");
  });

  it("gives the communes of a postal code and finds a commune by name", async () => {
    const byCode = (await admin.request({ method: "GET", url: "/api/v1/referentials/postal-codes?q=75011" })).json<{ items: Array<{ city: string }> }>();
    expect(byCode.items.map((item) => item.city)).toContain("PARIS");
    const byName = (await admin.request({ method: "GET", url: "/api/v1/referentials/postal-codes?q=saint%20etienne&limit=50" })).json<{ items: Array<{ postalCode: string }> }>();
    expect(byName.items.map((item) => item.postalCode)).toEqual(expect.arrayContaining(["42000"]));
  });

  it("lists the INSEE headcount bands", async () => {
    const body = (await admin.request({ method: "GET", url: "/api/v1/referentials/headcount-bands" })).json<{ items: Array<{ code: string; min: number; max: number | null }> }>();
    expect(body.items.find((item) => item.code === "11")).toMatchObject({ min: 10, max: 19 });
    expect(body.items.map((item) => item.code)).toContain("NN");
  });
});
