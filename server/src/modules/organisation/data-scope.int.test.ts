import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartFile } from "../../test-support/multipart.js";
import { statusWithin } from "../../test-support/polling.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

type Page<T> = { items: T[]; total: number };
const PASSWORD = "un-mot-de-passe-solide";

let t: TestApp;
let admin: Caller;
const ids: Record<string, string> = {};
const callers: Record<string, Caller> = {};

async function call<T>(caller: Caller, method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: Record<string, unknown>): Promise<T> {
  const response = await caller.request({ method, url, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

async function user(email: string, roleCode: string, introducerId: string | null): Promise<string> {
  const roles = await call<Page<{ id: string; code: string }>>(admin, "GET", `/api/v1/roles?q=${roleCode}`);
  const id = (await call<{ id: string }>(admin, "POST", "/api/v1/users", { email, displayName: email, password: PASSWORD, roleIds: [roles.items.find((role) => role.code === roleCode)?.id] })).id;
  if (introducerId) await call(admin, "POST", `/api/v1/introducers/${introducerId}/advisors`, { userId: id });
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  ids.agencyA = (await call<{ id: string }>(admin, "POST", "/api/v1/introducers", { kind: "agency", name: "Agence Scope A", code: "SCOPE-A" })).id;
  ids.agencyB = (await call<{ id: string }>(admin, "POST", "/api/v1/introducers", { kind: "agency", name: "Agence Scope B", code: "SCOPE-B" })).id;
  ids.broker = (await call<{ id: string }>(admin, "POST", "/api/v1/introducers", { kind: "broker", name: "Courtage Scope", code: "SCOPE-C", oriasNumber: "07001234" })).id;
  await call(admin, "POST", "/api/v1/roles", { code: "own_seller", name: "Vendeur (ses fiches)", permissions: ["person:read", "company:read", "person:write", "file:read"], dataScope: "own" });

  ids.advisorA = await user("scope.advisor.a@alpha.demo", "advisor", ids.agencyA);
  ids.ownerA = await user("scope.own.a@alpha.demo", "own_seller", ids.agencyA);
  ids.managerAll = await user("scope.manager@alpha.demo", "manager", null);
  // An administrator of a broker: their roles would see everything, the broker sees only its own.
  ids.brokerAdmin = await user("scope.broker@alpha.demo", "admin", ids.broker);

  const origin = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items.find((item) => item.code === "online_agency")?.id;
  const person = async (lastName: string, assignment: Record<string, string>) => {
    const { id } = await call<{ id: string }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName, originId: origin });
    await call(admin, "PUT", `/api/v1/persons/${id}/assignment`, assignment);
    return id;
  };
  ids.personOwn = await person("Scopeown", { advisorId: ids.ownerA });
  ids.personA = await person("Scopeagence", { introducerId: ids.agencyA });
  ids.personB = await person("Scopeautre", { introducerId: ids.agencyB });
  ids.personBroker = await person("Scopecourtage", { introducerId: ids.broker });
  const company = async (name: string, assignment: Record<string, string>) => {
    const { id } = await call<{ id: string }>(admin, "POST", "/api/v1/companies", { name, inCreation: true, originId: origin });
    await call(admin, "PUT", `/api/v1/companies/${id}/assignment`, assignment);
    return id;
  };
  ids.companyOwn = await company("Scopeown SARL", { advisorId: ids.ownerA });
  ids.companyA = await company("Scopeagence SARL", { introducerId: ids.agencyA });
  ids.companyB = await company("Scopeautre SARL", { introducerId: ids.agencyB });
  ids.companyBroker = await company("Scopecourtage SARL", { introducerId: ids.broker });

  for (const [name, email] of [["advisorA", "scope.advisor.a@alpha.demo"], ["ownerA", "scope.own.a@alpha.demo"], ["managerAll", "scope.manager@alpha.demo"], ["brokerAdmin", "scope.broker@alpha.demo"]] as const) {
    callers[name] = await t.signIn(email, PASSWORD);
  }
  // A key acts within its creator's scope: here a broker's administrator's.
  const key = await call<{ key: string }>(callers.brokerAdmin as Caller, "POST", "/api/v1/api-keys", { name: "scope key" });
  callers.brokerKey = t.withApiKey(key.key);
});
afterAll(async () => t.close());

/** Which of the scope's records each caller must see: own < introducer < all; a broker sees its own records only. */
const visibleTo: Record<string, Array<"Own" | "A" | "B" | "Broker">> = {
  ownerA: ["Own"],
  advisorA: ["Own", "A"],
  managerAll: ["Own", "A", "B", "Broker"],
  brokerAdmin: ["Broker"],
  brokerKey: ["Broker"],
};

/** Every route that returns persons or companies: the list, its search, its export, the record and each of its tabs. */
const recordKinds = [
  { collection: "persons", prefix: "person", tabs: ["", "/relations", "/attachments", "/competitor-coverages"] },
  { collection: "companies", prefix: "company", tabs: ["", "/relations", "/attachments", "/persons", "/sites", "/competitor-coverages"] },
] as const;

for (const { collection, prefix, tabs } of recordKinds) {
  describe(`data scope of ${collection}`, () => {
    for (const [name, visible] of Object.entries(visibleTo)) {
      it(`${name}: list, search, read, export and tabs show only the records in scope`, async () => {
        const caller = callers[name] as Caller;
        const listed = (await call<Page<{ id: string }>>(caller, "GET", `/api/v1/${collection}?perPage=500&sort=-createdAt`)).items.map((item) => item.id);
        const searched = (await call<Page<{ id: string }>>(caller, "GET", `/api/v1/${collection}?q=scope&perPage=500`)).items.map((item) => item.id);
        const exported = (await caller.request({ method: "GET", url: `/api/v1/${collection}/export?format=csv&q=scope` })).body;
        for (const holder of ["Own", "A", "B", "Broker"] as const) {
          const id = ids[`${prefix}${holder}`] as string;
          const inScope = visible.includes(holder);
          expect(listed.includes(id), `${name} list ${holder}`).toBe(inScope);
          expect(searched.includes(id), `${name} search ${holder}`).toBe(inScope);
          expect(exported.includes(id), `${name} export ${holder}`).toBe(inScope);
          for (const tab of tabs) {
            const response = await caller.request({ method: "GET", url: `/api/v1/${collection}/${id}${tab}` });
            expect(response.statusCode, `${name} ${collection}/{id}${tab} (${holder})`).toBe(inScope ? 200 : 404);
          }
        }
      });
    }
  });
}

describe("data scope on files and writes", () => {
  it("lets only callers whose scope holds the record download its attachments", async () => {
    const upload = await admin.request({ method: "POST", url: `/api/v1/persons/${ids.personA}/attachments`, ...multipartFile("note.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", "application/pdf") });
    expect(upload.statusCode, upload.body).toBe(201);
    const { fileId } = upload.json<{ fileId: string }>();
    expect((await callers.advisorA?.request({ method: "GET", url: `/api/v1/files/${fileId}` }))?.statusCode).toBe(200);
    expect((await callers.ownerA?.request({ method: "GET", url: `/api/v1/files/${fileId}` }))?.statusCode).toBe(404);
    expect((await callers.brokerAdmin?.request({ method: "GET", url: `/api/v1/files/${fileId}` }))?.statusCode).toBe(404);
  });

  it("lists on a company in scope only its persons in scope, and links only those", async () => {
    for (const personId of [ids.personA, ids.personB]) await call(admin, "POST", `/api/v1/companies/${ids.companyA}/persons`, { personId, role: "employee" });
    const tab = await call<{ items: Array<{ personId: string }> }>(callers.advisorA as Caller, "GET", `/api/v1/companies/${ids.companyA}/persons`);
    expect(tab.items.map((item) => item.personId)).toEqual([ids.personA]);
    const outside = await callers.advisorA?.request({ method: "POST", url: `/api/v1/companies/${ids.companyA}/persons`, payload: { personId: ids.personB, role: "officer" } });
    expect(outside?.json().errors).toEqual([expect.objectContaining({ path: "personId", code: "company.unknown_person" })]);
  });

  it("warns of a twin out of scope without its name, and merges only within scope", async () => {
    await call(admin, "POST", "/api/v1/roles", { code: "scope_merger", name: "Fusions d'agence", permissions: ["person:read", "person:write", "duplicate:read", "duplicate:merge"], dataScope: "introducer" });
    await user("scope.merger@alpha.demo", "scope_merger", ids.agencyA as string);
    const merger = await t.signIn("scope.merger@alpha.demo", PASSWORD);
    const origin = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items[0]?.id;
    const twin = await call<{ id: string }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName: "Jumeau", firstName: "Hors", email: "jumeau.hors@exemple.fr", originId: origin });
    await call(admin, "PUT", `/api/v1/persons/${twin.id}/assignment`, { introducerId: ids.agencyB });

    const check = await call<{ candidates: Array<{ id: string; displayName: string; outOfScope?: boolean }> }>(merger, "POST", "/api/v1/duplicates/check", { target: "person", record: { lastName: "Autre", email: "jumeau.hors@exemple.fr" } });
    expect(check.candidates).toEqual([expect.objectContaining({ id: twin.id, displayName: "", outOfScope: true })]);
    const seenByAdmin = await call<{ candidates: Array<{ displayName: string; outOfScope?: boolean }> }>(admin, "POST", "/api/v1/duplicates/check", { target: "person", record: { lastName: "Autre", email: "jumeau.hors@exemple.fr" } });
    expect(seenByAdmin.candidates).toEqual([expect.objectContaining({ displayName: "JUMEAU Hors" })]);
    expect(seenByAdmin.candidates[0]?.outOfScope).toBeUndefined();

    expect((await merger.request({ method: "POST", url: `/api/v1/persons/${ids.personA}/merge`, payload: { sourceId: twin.id } })).statusCode).toBe(404);
    expect((await merger.request({ method: "GET", url: `/api/v1/persons/${twin.id}/merges` })).statusCode).toBe(404);
    expect((await call<{ id: string }>(admin, "GET", `/api/v1/persons/${twin.id}`)).id).toBe(twin.id);
  });

  it("redirects a merged id only to a record the reader may see", async () => {
    const origin = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items[0]?.id;
    const mergeInto = async (keptId: string, lastName: string) => {
      const source = await call<{ id: string }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName, originId: origin });
      await call(admin, "POST", `/api/v1/persons/${keptId}/merge`, { sourceId: source.id });
      return source.id;
    };
    const advisorA = callers.advisorA as Caller;
    const intoOwnAgency = await advisorA.request({ method: "GET", url: `/api/v1/persons/${await mergeInto(ids.personA as string, "Fusionnea")}` });
    expect([intoOwnAgency.statusCode, intoOwnAgency.headers.location]).toEqual([307, `/api/v1/persons/${ids.personA}`]);
    const intoOtherAgency = await advisorA.request({ method: "GET", url: `/api/v1/persons/${await mergeInto(ids.personB as string, "Fusionneb")}` });
    expect(intoOtherAgency.statusCode).toBe(404);
    expect(intoOtherAgency.body).not.toContain(ids.personB);
  });

  it("refuses a change to a record out of scope as if it did not exist", async () => {
    const outside = await callers.ownerA?.request({ method: "PATCH", url: `/api/v1/persons/${ids.personA}`, payload: { version: 1, lastName: "Pris" } });
    expect(outside?.statusCode).toBe(404);
  });

  it("lets nobody name a person or company out of their data scope as contact or prescriber, and keeps one already named", async () => {
    const advisor = callers.advisorA as Caller;
    const errorsOf = async (method: "PATCH" | "POST", url: string, payload: Record<string, unknown>) => {
      const response = await advisor.request({ method, url, payload });
      return (response.json<{ errors?: Array<{ path: string; code: string }> }>().errors ?? []).map((error) => `${error.path}:${error.code}`);
    };
    const company = `/api/v1/companies/${ids.companyA}`;
    const person = `/api/v1/persons/${ids.personA}`;
    const versionOf = async (url: string) => (await call<{ version: number }>(admin, "GET", url)).version;
    expect(await errorsOf("PATCH", company, { version: await versionOf(company), mainContactId: ids.personB, prescriberPersonId: ids.personB })).toEqual([
      "mainContactId:company.unknown_person",
      "prescriberPersonId:company.unknown_person",
    ]);
    expect(await errorsOf("POST", `${company}/sites`, { name: "Dépôt", address: { lines: ["1 rue de la Paix"], postalCode: "75002", city: "Paris" }, contactPersonId: ids.personB })).toEqual(["contactPersonId:company.unknown_person"]);
    expect(await errorsOf("PATCH", person, { version: await versionOf(person), prescriberPersonId: ids.personB })).toEqual(["prescriberPersonId:person.unknown_person"]);
    expect(await errorsOf("PATCH", person, { version: await versionOf(person), prescriberCompanyId: ids.companyB })).toEqual(["prescriberCompanyId:person.unknown_company"]);

    // Named by someone who sees them, they stay through the advisor's edits, which send them back unchanged.
    await call(admin, "PATCH", company, { version: await versionOf(company), mainContactId: ids.personB });
    expect((await call<{ name: string }>(advisor, "PATCH", company, { version: await versionOf(company), mainContactId: ids.personB, name: "Scopeagence SARL" })).name).toBe("Scopeagence SARL");
    expect((await call<{ mainContactId: string }>(advisor, "PATCH", company, { version: await versionOf(company), mainContactId: ids.personA })).mainContactId).toBe(ids.personA);
  });

  it("lets nobody delete a line of a tab of a record out of their data scope, even knowing its id", async () => {
    const person = `/api/v1/persons/${ids.personB}`;
    const company = `/api/v1/companies/${ids.companyB}`;
    const lines = [
      `${person}/relations/${(await call<{ id: string }>(admin, "POST", `${person}/relations`, { type: "sibling_of", personId: ids.personBroker })).id}`,
      `${person}/competitor-coverages/${(await call<{ id: string }>(admin, "POST", `${person}/competitor-coverages`, { domain: "health", insurer: "Ailleurs" })).id}`,
      `${company}/relations/${(await call<{ id: string }>(admin, "POST", `${company}/relations`, { type: "partner_of", companyId: ids.companyBroker })).id}`,
      `${company}/persons/${(await call<{ id: string }>(admin, "POST", `${company}/persons`, { personId: ids.personBroker, role: "officer" })).id}`,
      `${company}/sites/${(await call<{ id: string }>(admin, "POST", `${company}/sites`, { name: "Hors champ", address: { lines: ["1 rue de la Paix"], postalCode: "75002", city: "Paris" } })).id}`,
      `${company}/competitor-coverages/${(await call<{ id: string }>(admin, "POST", `${company}/competitor-coverages`, { domain: "health", insurer: "Ailleurs" })).id}`,
    ];
    for (const url of lines) expect((await callers.advisorA?.request({ method: "DELETE", url }))?.statusCode, url).toBe(404);
    for (const url of lines) {
      const [tab, lineId] = [url.slice(0, url.lastIndexOf("/")), url.slice(url.lastIndexOf("/") + 1)];
      const items = (await call<{ items: Array<{ id: string }> }>(admin, "GET", tab)).items.map((item) => item.id);
      expect(items, tab).toContain(lineId);
    }
  });
});

describe("scope follows the organisation", () => {
  it("moves an advisor's view with their membership, as soon as the credential caches hear of it", async () => {
    await call(admin, "POST", `/api/v1/introducers/${ids.agencyB}/advisors`, { userId: ids.advisorA });
    // On PostgreSQL the cached session is dropped when the NOTIFY of the users trigger arrives.
    expect(await statusWithin(2000, 200, () => (callers.advisorA as Caller).request({ method: "GET", url: `/api/v1/persons/${ids.personB}` }))).toBe(200);
    const listed = (await call<Page<{ id: string }>>(callers.advisorA as Caller, "GET", "/api/v1/persons?q=scope&perPage=500")).items.map((item) => item.id);
    expect(listed).toContain(ids.personB);
    expect(listed).not.toContain(ids.personA);
    await call(admin, "POST", `/api/v1/introducers/${ids.agencyA}/advisors`, { userId: ids.advisorA });
  });
});
