import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordReferences } from "../../platform/records/references.js";
import { waitForJob } from "../../test-support/jobs.js";
import { multipartFile } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let originId: string;

beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  const origins = (await admin.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string; code: string }> }>();
  originId = origins.items.find((origin) => origin.code === "online_agency")?.id ?? "";
});
afterAll(async () => t.close());

interface Candidate {
  id: string;
  displayName: string;
  score: number;
  rule: string;
  fields: string[];
}
type Person = { id: string; version: number; email: string | null; lastName: string; firstName: string | null; markers: string[] };

const person = (overrides: Record<string, unknown>) => ({ category: "individual", originId, ...overrides });
const createPerson = (caller: Caller, body: Record<string, unknown>) => caller.request({ method: "POST", url: "/api/v1/persons", payload: body });
async function created(body: Record<string, unknown>): Promise<Person> {
  const response = await createPerson(admin, body);
  if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json<Person>();
}
const personsNamed = async (q: string) => (await admin.request({ method: "GET", url: `/api/v1/persons?q=${encodeURIComponent(q)}` })).json<{ total: number }>().total;
const get = (caller: Caller, url: string) => caller.request({ method: "GET", url });

describe("duplicates at entry", () => {
  it("refuses a person that matches an existing one with 409 and its candidates, writing nothing", async () => {
    const first = await created(person({ lastName: "Le Goff-Kervella", firstName: "Anaïs", birthDate: "1979-02-03", addresses: [{ kind: "main", lines: ["4 rue de Siam"], postalCode: "29200", city: "Brest" }] }));
    const again = await createPerson(admin, person({ lastName: "LEGOFF KERVELLA", firstName: "anais", birthDate: "1979-02-03" }));
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toContain("application/problem+json");
    const problem = again.json<{ code: string; candidates: Candidate[] }>();
    expect(problem.code).toBe("person.duplicate_suspected");
    expect(problem.candidates).toEqual([{ id: first.id, displayName: "LE GOFF-KERVELLA Anaïs (03/02/1979)", score: expect.any(Number), rule: "name_birth_date", fields: ["lastName", "firstName", "birthDate"] }]);
    expect(problem.candidates[0]?.score).toBeGreaterThan(0.8);
    expect(await personsNamed("Kervella")).toBe(1);

    const transposed = await createPerson(admin, person({ lastName: "Anaïs", firstName: "Le Goff-Kervella", birthDate: "1979-02-03" }));
    expect(transposed.json<{ candidates: Candidate[] }>().candidates.map((candidate) => candidate.id)).toEqual([first.id]);
    const otherBirthDate = await createPerson(admin, person({ lastName: "Le Goff-Kervella", firstName: "Anaïs", birthDate: "2004-02-03" }));
    expect(otherBirthDate.statusCode).toBe(201);
  });

  it("finds the same e-mail and the same mobile in another format", async () => {
    const first = await created(person({ lastName: "Courriel", email: "Jeanne.Courriel@exemple.fr", mobilePhone: "06 98 76 54 32" }));
    const byEmail = await createPerson(admin, person({ lastName: "Autre", email: "jeanne.courriel@EXEMPLE.fr" }));
    expect(byEmail.json<{ candidates: Candidate[] }>().candidates).toEqual([expect.objectContaining({ id: first.id, rule: "email" })]);
    const byPhone = await createPerson(admin, person({ lastName: "Encore", mobilePhone: "+33 6 98 76 54 32" }));
    expect(byPhone.json<{ candidates: Candidate[] }>().candidates).toEqual([expect.objectContaining({ id: first.id, rule: "mobile_phone" })]);
  });

  it("creates a declared false duplicate and never proposes the pair again, at entry or by the check", async () => {
    const first = await created(person({ lastName: "Homonyme", firstName: "Paul", birthDate: "1960-06-06" }));
    const draft = person({ lastName: "Homonyme", firstName: "Paul", birthDate: "1960-06-06" });
    const unknown = await createPerson(admin, { ...draft, duplicateResolution: { decision: "false_duplicate", candidateIds: ["01900000-0000-7000-8000-000000000001"] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: "duplicateResolution.candidateIds", code: "duplicate.unknown_candidate" })]);

    const second = await createPerson(admin, { ...draft, duplicateResolution: { decision: "false_duplicate", candidateIds: [first.id] } });
    expect(second.statusCode).toBe(201);
    const secondId = second.json<Person>().id;
    const checked = await admin.request({ method: "POST", url: "/api/v1/duplicates/check", payload: { target: "person", record: draft } });
    expect(checked.json<{ candidates: Candidate[] }>().candidates.map((candidate) => candidate.id).sort()).toEqual([first.id, secondId].sort());
    const fromSecond = await admin.request({ method: "POST", url: "/api/v1/duplicates/check", payload: { target: "person", record: draft, excludeId: secondId } });
    expect(fromSecond.json<{ candidates: Candidate[] }>().candidates).toEqual([]);

    // A third entry matches both: acknowledging one is not enough.
    const third = await createPerson(admin, { ...draft, duplicateResolution: { decision: "false_duplicate", candidateIds: [first.id] } });
    expect(third.statusCode).toBe(409);
    expect(third.json<{ candidates: Candidate[] }>().candidates.map((candidate) => candidate.id).sort()).toEqual([first.id, secondId].sort());
  });

  it("suspects a company with the same SIREN or the same name at the same postal code", async () => {
    const company = (name: string, siren: string | null, postalCode: string) => ({
      name,
      ...(siren ? { siren } : { inCreation: true }),
      originId,
      addresses: [{ kind: "head_office", lines: ["1 place du Capitole"], postalCode, city: "Toulouse" }],
    });
    const first = (await admin.request({ method: "POST", url: "/api/v1/companies", payload: company("Garonne Conseil SARL", "552100554", "31000") })).json<{ id: string }>();
    const sameSiren = await admin.request({ method: "POST", url: "/api/v1/companies", payload: company("Autre nom", "552 100 554", "33000") });
    expect(sameSiren.statusCode).toBe(409);
    expect(sameSiren.json()).toMatchObject({ code: "company.duplicate_suspected", candidates: [{ id: first.id, rule: "siren" }] });
    const sameName = await admin.request({ method: "POST", url: "/api/v1/companies", payload: company("GARONNE CONSEIL", null, "31000") });
    expect(sameName.json()).toMatchObject({ code: "company.duplicate_suspected", candidates: [{ id: first.id, rule: "name_postal_code" }] });
    const declared = await admin.request({ method: "POST", url: "/api/v1/companies", payload: { ...company("Autre nom", "552 100 554", "33000"), duplicateResolution: { decision: "false_duplicate", candidateIds: [first.id] } } });
    expect(declared.statusCode).toBe(201);
  });
});

describe("merge", () => {
  it("moves every linked record to the target, keeps the chosen values, leaves a tombstone, and undoes it all", async () => {
    const target = await created(person({ lastName: "Fusion", firstName: "Gardée", email: "gardee@exemple.fr", markers: ["newsletter"], addresses: [{ kind: "main", lines: ["1 rue A"], postalCode: "69001", city: "Lyon" }] }));
    const source = await created(
      person({ lastName: "Fusionn", firstName: "Gardee", email: "source@exemple.fr", markers: ["event_guest"], addresses: [{ kind: "main", lines: ["2 rue B"], postalCode: "69002", city: "Lyon" }, { kind: "secondary", lines: ["3 rue C"], postalCode: "69003", city: "Lyon" }] }),
    );
    const relative = await created(person({ lastName: "Parente", firstName: "Rose" }));
    const prescribed = await created(person({ lastName: "Prescrite", prescriberPersonId: source.id }));
    await admin.request({ method: "POST", url: `/api/v1/persons/${source.id}/relations`, payload: { type: "child_of", personId: relative.id } });
    await admin.request({ method: "POST", url: `/api/v1/persons/${source.id}/relations`, payload: { type: "spouse_of", personId: target.id } });
    const attachment = await admin.request({ method: "POST", url: `/api/v1/persons/${source.id}/attachments`, ...multipartFile("piece.txt", "carte d'identité") });
    expect(attachment.statusCode).toBe(201);
    await admin.request({ method: "POST", url: `/api/v1/persons/${source.id}/competitor-coverages`, payload: { domain: "health", insurer: "Mutuelle Ailleurs" } });
    const company = (await admin.request({ method: "POST", url: "/api/v1/companies", payload: { name: "Employeur Fusion", inCreation: true, originId, mainContactId: source.id } })).json<{ id: string }>();

    const advisor = await t.signIn("conseiller@alpha.demo");
    expect((await advisor.request({ method: "POST", url: `/api/v1/persons/${target.id}/merge`, payload: { sourceId: source.id } })).statusCode).toBe(403);
    const badChoice = await admin.request({ method: "POST", url: `/api/v1/persons/${target.id}/merge`, payload: { sourceId: source.id, fieldChoices: { nature: "source", lastName: "source" } } });
    expect(badChoice.statusCode).toBe(400);
    expect(badChoice.json().errors).toEqual([{ path: "fieldChoices.nature", code: "merge.unknown_field", message: expect.any(String) }]);

    const merged = await admin.request({ method: "POST", url: `/api/v1/persons/${target.id}/merge`, payload: { sourceId: source.id, fieldChoices: { email: "source", addresses: "source" } } });
    expect(merged.statusCode, merged.body).toBe(200);
    const merge = merged.json<{ id: string; movedRows: number }>();
    expect(merge.movedRows).toBeGreaterThanOrEqual(7);

    const kept = (await get(admin, `/api/v1/persons/${target.id}`)).json<Person & { addresses: Array<{ kind: string; postalCode: string }> }>();
    expect(kept).toMatchObject({ email: "source@exemple.fr", lastName: "Fusion", firstName: "Gardée", markers: ["event_guest", "newsletter"] });
    expect(kept.addresses.map((address) => `${address.kind}:${address.postalCode}`).sort()).toEqual(["main:69002", "secondary:69003"]);
    const relations = (await get(admin, `/api/v1/persons/${target.id}/relations`)).json<{ items: Array<{ type: string; personId: string }> }>();
    expect(relations.items).toEqual([expect.objectContaining({ type: "child_of", personId: relative.id })]);
    expect((await get(admin, `/api/v1/persons/${target.id}/attachments`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get(admin, `/api/v1/persons/${target.id}/competitor-coverages`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get(admin, `/api/v1/persons/${prescribed.id}`)).json()).toMatchObject({ prescriberPersonId: target.id });
    expect((await get(admin, `/api/v1/companies/${company.id}`)).json()).toMatchObject({ mainContactId: target.id });

    const tombstone = await get(admin, `/api/v1/persons/${source.id}`);
    expect(tombstone.statusCode).toBe(307);
    expect(tombstone.headers.location).toBe(`/api/v1/persons/${target.id}`);
    expect(tombstone.json()).toMatchObject({ code: "person.merged", mergedInto: target.id });
    const audit = (await get(admin, `/api/v1/audit?entity=merge&id=${merge.id}`)).json<{ items: Array<{ action: string }> }>();
    expect(audit.items).toEqual([expect.objectContaining({ action: "create" })]);

    const undone = await admin.request({ method: "POST", url: `/api/v1/merges/${merge.id}/undo` });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ undoneAt: expect.any(String) });
    const restoredSource = (await get(admin, `/api/v1/persons/${source.id}`)).json<Person & { addresses: unknown[] }>();
    expect(restoredSource).toMatchObject({ email: "source@exemple.fr", lastName: "Fusionn", markers: ["event_guest"] });
    expect(restoredSource.addresses).toHaveLength(2);
    const restoredTarget = (await get(admin, `/api/v1/persons/${target.id}`)).json<Person & { addresses: Array<{ postalCode: string }> }>();
    expect(restoredTarget).toMatchObject({ email: "gardee@exemple.fr", markers: ["newsletter"] });
    expect(restoredTarget.addresses.map((address) => address.postalCode)).toEqual(["69001"]);
    const sourceRelations = (await get(admin, `/api/v1/persons/${source.id}/relations`)).json<{ items: Array<{ type: string; personId: string }> }>();
    expect(sourceRelations.items.map((relation) => `${relation.type}:${relation.personId}`).sort()).toEqual([`child_of:${relative.id}`, `spouse_of:${target.id}`].sort());
    expect((await get(admin, `/api/v1/persons/${source.id}/attachments`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get(admin, `/api/v1/persons/${prescribed.id}`)).json()).toMatchObject({ prescriberPersonId: source.id });
    expect((await get(admin, `/api/v1/companies/${company.id}`)).json()).toMatchObject({ mainContactId: source.id });
    expect((await admin.request({ method: "POST", url: `/api/v1/merges/${merge.id}/undo` })).json()).toMatchObject({ code: "merge.already_undone" });
  });

  it("merges companies: their contacts, sites and relations move, a shared contact is kept once, and undo restores both", async () => {
    const company = (name: string) => ({ name, inCreation: true, originId });
    const kept = (await admin.request({ method: "POST", url: "/api/v1/companies", payload: company("Atelier Fusion Gardée") })).json<{ id: string }>();
    const merged = (await admin.request({ method: "POST", url: "/api/v1/companies", payload: company("Atelier Fusion Absorbée") })).json<{ id: string }>();
    const partner = (await admin.request({ method: "POST", url: "/api/v1/companies", payload: company("Partenaire Fusion") })).json<{ id: string }>();
    const contact = await created(person({ lastName: "Contact-Commun" }));
    for (const id of [kept.id, merged.id]) await admin.request({ method: "POST", url: `/api/v1/companies/${id}/persons`, payload: { personId: contact.id, role: "employee" } });
    await admin.request({ method: "POST", url: `/api/v1/companies/${merged.id}/sites`, payload: { name: "Dépôt", address: { lines: ["5 rue du Port"], postalCode: "13002", city: "Marseille" } } });
    await admin.request({ method: "POST", url: `/api/v1/companies/${merged.id}/relations`, payload: { type: "partner_of", companyId: partner.id } });

    const merge = await admin.request({ method: "POST", url: `/api/v1/companies/${kept.id}/merge`, payload: { sourceId: merged.id, fieldChoices: { name: "target" } } });
    expect(merge.statusCode, merge.body).toBe(200);
    const persons = (await get(admin, `/api/v1/companies/${kept.id}/persons`)).json<{ items: Array<{ personId: string }> }>();
    expect(persons.items.map((item) => item.personId)).toEqual([contact.id]);
    expect((await get(admin, `/api/v1/companies/${kept.id}/sites`)).json<{ items: Array<{ name: string }> }>().items.map((site) => site.name)).toEqual(["Dépôt"]);
    expect((await get(admin, `/api/v1/companies/${kept.id}/relations`)).json<{ items: Array<{ companyId: string }> }>().items.map((relation) => relation.companyId)).toEqual([partner.id]);
    expect((await get(admin, `/api/v1/companies/${merged.id}`)).statusCode).toBe(307);

    expect((await admin.request({ method: "POST", url: `/api/v1/merges/${merge.json<{ id: string }>().id}/undo` })).statusCode).toBe(200);
    expect((await get(admin, `/api/v1/companies/${merged.id}/persons`)).json<{ items: Array<{ personId: string }> }>().items.map((item) => item.personId)).toEqual([contact.id]);
    expect((await get(admin, `/api/v1/companies/${merged.id}/sites`)).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get(admin, `/api/v1/companies/${kept.id}/sites`)).json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it("covers every column that references a person or a company (a module that adds one must declare it)", async () => {
    const declared = new Set(["person", "company"].flatMap((kind) => recordReferences(kind as "person" | "company").map((reference) => `${reference.table}.${reference.column}`)));
    const foreignKeys = await t.platform.database.rows<{ reference: string }>(sql`
      select c.conrelid::regclass::text || '.' || a.attname as reference
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[array_length(c.conkey, 1)]
      where c.contype = 'f' and c.confrelid in ('persons'::regclass, 'companies'::regclass)`);
    expect(foreignKeys.length).toBeGreaterThan(5);
    expect(foreignKeys.map((row) => row.reference).filter((reference) => !declared.has(reference))).toEqual([]);
  });

  it("refuses to merge a record with itself and hides another tenant's records", async () => {
    const alone = await created(person({ lastName: "Seule" }));
    const self = await admin.request({ method: "POST", url: `/api/v1/persons/${alone.id}/merge`, payload: { sourceId: alone.id } });
    expect(self.json().errors).toEqual([expect.objectContaining({ path: "sourceId", code: "merge.same_record" })]);
    const beta = await t.signIn("admin@beta.demo");
    const betaPerson = (await beta.request({ method: "POST", url: "/api/v1/persons", payload: { category: "individual", lastName: "Beta", originId: (await beta.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string }> }>().items[0]?.id } })).json<{ id: string }>();
    expect((await admin.request({ method: "POST", url: `/api/v1/persons/${alone.id}/merge`, payload: { sourceId: betaPerson.id } })).statusCode).toBe(404);
  });
});

describe("scan of the whole base", () => {
  it("finds the pairs, lists them for review, and settles them one by one or in bulk", async () => {
    const twin = { lastName: "Jumeau-Scan", firstName: "Théo", birthDate: "1990-09-09" };
    const a = await created(person(twin));
    const b = (await createPerson(admin, { ...person({ ...twin, lastName: "Jumeau Scan" }), duplicateResolution: { decision: "false_duplicate", candidateIds: [a.id] } })).json<Person>();
    // Both entered by an interface that bypassed the check: written directly, as a bulk load would.
    const c = await created(person({ lastName: "Triplet-Scan", firstName: "Léo", birthDate: "1991-01-01", email: "triplet.scan@exemple.fr" }));
    const d = (await createPerson(admin, { ...person({ lastName: "Autre-Scan", email: "triplet.scan@exemple.fr" }), duplicateResolution: { decision: "false_duplicate", candidateIds: [c.id] } })).json<Person>();
    await t.platform.database.rows(sql`delete from false_duplicates where record_a = any(${sql.param([c.id, d.id])}::uuid[])`);

    const marketing = await t.signIn("marketing@alpha.demo");
    expect((await marketing.request({ method: "POST", url: "/api/v1/duplicates/scans", payload: {} })).statusCode).toBe(403);
    const started = await admin.request({ method: "POST", url: "/api/v1/duplicates/scans", payload: { targets: ["person"] } });
    expect(started.statusCode).toBe(202);
    const job = await waitForJob(admin, started.json<{ jobId: string }>().jobId);
    expect(job).toMatchObject({ state: "succeeded", progress: 100 });
    expect(job.counters.records).toBeGreaterThan(300);

    const list = (await get(admin, "/api/v1/duplicate-candidates?target=person&perPage=500")).json<{ items: Array<{ id: string; recordA: { id: string }; recordB: { id: string; displayName: string }; rule: string }> }>();
    // The demo tenant holds six persons typed a second time (server/src/seed/demo-persons.ts).
    expect(list.items.length).toBeGreaterThanOrEqual(7);
    const pairs = list.items.map((item) => [item.recordA.id, item.recordB.id].sort().join("|"));
    expect(pairs).toContain([c.id, d.id].sort().join("|"));
    expect(pairs).not.toContain([a.id, b.id].sort().join("|"));
    const found = list.items.find((item) => [item.recordA.id, item.recordB.id].includes(d.id));
    expect(found?.rule).toBe("email");

    const beta = await t.signIn("admin@beta.demo");
    expect((await get(beta, "/api/v1/duplicate-candidates?target=person&perPage=500")).json<{ items: Array<{ recordA: { id: string } }> }>().items.map((item) => item.recordA.id)).not.toContain(c.id);

    const bulk = await admin.request({ method: "POST", url: "/api/v1/duplicate-candidates/decisions", payload: { ids: [found?.id], action: "false_duplicate" } });
    expect(bulk.json()).toEqual({ done: [found?.id], failed: [] });
    expect((await get(admin, "/api/v1/duplicate-candidates?target=person&status=false_duplicate")).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id)).toContain(found?.id);
    const again = await admin.request({ method: "POST", url: "/api/v1/duplicates/check", payload: { target: "person", record: { lastName: "Autre-Scan", email: "triplet.scan@exemple.fr" }, excludeId: d.id } });
    expect(again.json<{ candidates: Candidate[] }>().candidates).toEqual([]);
  });
});

describe("rules", () => {
  it("has the default rules, lets an administrator add and change one, and never deletes a default one", async () => {
    const rules = (await get(admin, "/api/v1/duplicate-rules")).json<{ items: Array<{ id: string; code: string; target: string; system: boolean; version: number }> }>();
    expect(rules.items.map((rule) => `${rule.target}:${rule.code}`)).toEqual(["company:name_postal_code", "company:siren", "company:siret", "person:email", "person:mobile_phone", "person:name_birth_date"]);
    const invalid = await admin.request({ method: "POST", url: "/api/v1/duplicate-rules", payload: { code: "Bad Code", target: "person", label: "", fields: [{ field: "shoeSize", method: "fuzzy" }], active: true } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((error: { path: string }) => error.path).sort()).toEqual(["code", "fields", "fields.0.field", "fields.0.method", "fields.0.threshold", "label"].sort());
    const advisor = await t.signIn("conseiller@alpha.demo");
    const rule = { code: "phonetic_name_postal_code", target: "person", label: "Nom qui sonne pareil et même code postal", fields: [{ field: "lastName", method: "phonetic" }, { field: "firstName", method: "fuzzy", threshold: 0.9 }, { field: "postalCode", method: "exact" }], active: true };
    expect((await advisor.request({ method: "POST", url: "/api/v1/duplicate-rules", payload: rule })).statusCode).toBe(403);
    const created = await admin.request({ method: "POST", url: "/api/v1/duplicate-rules", payload: rule });
    expect(created.statusCode, created.body).toBe(201);
    expect((await admin.request({ method: "POST", url: "/api/v1/duplicate-rules", payload: rule })).json()).toMatchObject({ code: "duplicate_rule.code_taken" });
    const system = rules.items.find((item) => item.code === "email");
    expect((await admin.request({ method: "DELETE", url: `/api/v1/duplicate-rules/${system?.id}` })).json()).toMatchObject({ code: "duplicate_rule.system_undeletable" });
    const off = await admin.request({ method: "PATCH", url: `/api/v1/duplicate-rules/${system?.id}`, payload: { version: system?.version, active: false } });
    expect(off.json()).toMatchObject({ active: false });
    // Saved again unchanged: the same version, so that no other open copy goes stale.
    const again = await admin.request({ method: "PATCH", url: `/api/v1/duplicate-rules/${system?.id}`, payload: { version: off.json<{ version: number }>().version, active: false } });
    expect(again.json()).toMatchObject({ active: false, version: off.json<{ version: number }>().version });
    expect((await admin.request({ method: "DELETE", url: `/api/v1/duplicate-rules/${created.json<{ id: string }>().id}` })).statusCode).toBe(204);
  });

  it("reads one rule by id for the edit screen, within the tenant only", async () => {
    const rules = (await get(admin, "/api/v1/duplicate-rules?target=company")).json<{ items: Array<{ id: string; code: string }> }>();
    const siren = rules.items.find((item) => item.code === "siren");
    const one = await get(admin, `/api/v1/duplicate-rules/${siren?.id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ id: siren?.id, code: "siren", target: "company", system: true, fields: [{ field: "siren", method: "exact" }] });
    const beta = await t.signIn("admin@beta.demo");
    expect((await beta.request({ method: "GET", url: `/api/v1/duplicate-rules/${siren?.id}` })).statusCode).toBe(404);
    const advisor = await t.signIn("conseiller@alpha.demo");
    expect((await advisor.request({ method: "GET", url: `/api/v1/duplicate-rules/${siren?.id}` })).statusCode).toBe(403);
  });
});
