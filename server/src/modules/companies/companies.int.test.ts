import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasValidLuhnKey } from "../../platform/identifiers/index.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let originId: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  const origins = (await admin.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string; code: string }> }>();
  originId = origins.items.find((origin) => origin.code === "online_agency")?.id ?? "";
});
afterAll(async () => t.close());

/** A fresh valid SIREN per call, so that tests never collide on the SIREN uniqueness check. */
let sirenCounter = 0;
function nextSiren(): string {
  sirenCounter += 1;
  const body = `9${String(sirenCounter).padStart(7, "0")}`;
  for (let key = 0; key <= 9; key += 1) if (hasValidLuhnKey(`${body}${key}`)) return `${body}${key}`;
  throw new Error("no key");
}

/** The SIRET of the establishment numbered 0001x of a SIREN, x being the Luhn key over the 14 digits. */
function headOfficeSiret(siren: string): string {
  for (let key = 0; key <= 9; key += 1) if (hasValidLuhnKey(`${siren}0001${key}`)) return `${siren}0001${key}`;
  throw new Error("no key");
}

let acmeCount = 0;
/** A valid company, a distinct one at each call (the duplicate check refuses the same name at the same postal code). */
const acme = (overrides: Record<string, unknown> = {}) => ({
  name: `Boulangerie L'Épi-d'Or n° ${(acmeCount += 1)}`,
  legalForm: "sarl",
  siren: nextSiren(),
  headcountBand: "12",
  nafCode: "10.71C",
  idcc: "843",
  email: "Contact@Epi-Dor.fr",
  phone: "01 45 67 89 10",
  originId,
  markers: ["newsletter"],
  addresses: [{ kind: "head_office", lines: ["12 bis, avenue du Général de Gaulle"], postalCode: "75011", city: "paris" }],
  ...overrides,
});

type Company = { id: string; version: number; siren: string | null; mainContactId: string | null; [key: string]: unknown };
const create = (caller: Caller, body: Record<string, unknown>) => caller.request({ method: "POST", url: "/api/v1/companies", payload: body });
const created = async (body: Record<string, unknown>): Promise<Company> => {
  const response = await create(admin, body);
  if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json<Company>();
};
const fieldErrors = (body: { errors?: Array<{ path: string; code: string }> }) => (body.errors ?? []).map((error) => `${error.path}:${error.code}`).sort();
const multipart = (name: string, contentType: string, content: string) => {
  const boundary = "----adhesia";
  return {
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  };
};
const pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
const personsNamed = async (name: string) => (await admin.request({ method: "GET", url: `/api/v1/persons?q=${encodeURIComponent(name)}` })).json<{ total: number }>().total;

describe("companies", () => {
  it("creates a suspect with SIREN, NAF and IDCC in canonical form, E.164 phone, lower-cased e-mail and RNVP head office", async () => {
    const response = await create(admin, acme({ siren: "732 829 320", siret: "732 829 320 00074", nafCode: "1071c", idcc: "0843", hdsEnabled: true, hdsRate: "1.5" }));
    expect(response.statusCode).toBe(201);
    const company = response.json();
    expect(company).toMatchObject({
      nature: "suspect",
      siren: "732829320",
      siret: "73282932000074",
      nafCode: "10.71C",
      idcc: "0843",
      hdsRate: "1.50",
      phone: "+33145678910",
      email: "contact@epi-dor.fr",
      version: 1,
      mainContactId: null,
    });
    expect(company.addresses[0]).toMatchObject({ kind: "head_office", postalCode: "75011", normalisationStatus: "corrected" });
    expect(company.addresses[0].normalisedLines.at(-1)).toBe("75011 PARIS");
  });

  it("accepts La Poste's SIRET by its own rule and reads the SIREN from a SIRET alone", async () => {
    expect((await create(admin, acme({ name: "La Poste", siren: "356000000", siret: "35600000000048" }))).statusCode).toBe(201);
    const siren = nextSiren();
    const fromSiret = await create(admin, acme({ name: "Siret seul", siren: undefined, siret: headOfficeSiret(siren) }));
    expect(fromSiret.json()).toMatchObject({ siren, siret: headOfficeSiret(siren) });
  });

  it("refuses bad identifiers and codes field by field, in French or English, and writes nothing", async () => {
    const response = await create(admin, acme({ siren: "732829321", siret: "73282932000075", nafCode: "99.99Z", idcc: "9999", headcountBand: "99", hdsEnabled: true, phone: "01 23" }));
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response.json())).toEqual(
      ["siren:company.invalid_siren", "siret:company.invalid_siret", "nafCode:company.invalid_naf", "idcc:company.invalid_idcc", "headcountBand:company.invalid_headcount_band", "hdsRate:company.hds_rate_required", "phone:company.invalid_phone"].sort(),
    );
    const mismatch = await admin.request({ method: "POST", url: "/api/v1/companies", headers: { "accept-language": "en" }, payload: acme({ siren: "732829320", siret: "35600000000048" }) });
    expect(mismatch.json().errors).toEqual([expect.objectContaining({ path: "siret", code: "company.siret_siren_mismatch", message: expect.stringContaining("establishment of this SIREN") })]);
    const french = await create(admin, acme({ nafCode: "86" }));
    expect(french.json().errors).toEqual([expect.objectContaining({ path: "nafCode", code: "company.invalid_naf", message: expect.stringContaining("sous-classe") })]);
    expect((await admin.request({ method: "GET", url: "/api/v1/companies?q=732829321" })).json().total).toBe(0);
  });

  it("requires a SIREN unless the company is being created or its legal form has none", async () => {
    const missing = await create(admin, acme({ siren: null }));
    expect(fieldErrors(missing.json())).toEqual(["siren:company.siren_required"]);
    expect((await create(admin, acme({ name: "En création", siren: null, inCreation: true }))).statusCode).toBe(201);
    expect((await create(admin, acme({ name: "Club de pétanque", siren: null, legalForm: "association" }))).statusCode).toBe(201);
    const unknownForm = await create(admin, acme({ legalForm: "gie_inconnu" }));
    expect(fieldErrors(unknownForm.json())).toEqual(["legalForm:company.unknown_reference_value"]);

    // The rule holds on the record as changed: leaving creation without a SIREN is refused.
    const starting = await created(acme({ name: "Start-up", siren: null, inCreation: true }));
    const left = await admin.request({ method: "PATCH", url: `/api/v1/companies/${starting.id}`, payload: { version: starting.version, inCreation: false } });
    expect(fieldErrors(left.json())).toEqual(["siren:company.siren_required"]);
    const registered = await admin.request({ method: "PATCH", url: `/api/v1/companies/${starting.id}`, payload: { version: starting.version, inCreation: false, siren: nextSiren() } });
    expect(registered.statusCode).toBe(200);
  });

  it("suspects a duplicate in a second company with the same SIREN, and refuses a SIREN changed to a taken one", async () => {
    const siren = nextSiren();
    const first = await created(acme({ siren }));
    const second = await create(admin, acme({ name: "Doublon", siren }));
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: "company.duplicate_suspected", candidates: [{ id: first.id, rule: "siren", fields: ["siren"] }] });
    const other = await created(acme());
    const patched = await admin.request({ method: "PATCH", url: `/api/v1/companies/${other.id}`, payload: { version: other.version, siren } });
    expect(patched.statusCode).toBe(409);
  });

  it("creates the main contact in the same request, and neither when the company is refused", async () => {
    const mainContact = { category: "professional", civility: "mrs", lastName: "Interlocutrice", firstName: "Inès", mobilePhone: "06 11 22 33 44", functions: "Gérante" };
    const response = await create(admin, acme({ name: "Avec contact", mainContact }));
    expect(response.statusCode).toBe(201);
    const company = response.json<Company>();
    const person = (await admin.request({ method: "GET", url: `/api/v1/persons/${company.mainContactId}` })).json();
    expect(person).toMatchObject({ lastName: "Interlocutrice", originId, mobilePhone: "+33611223344" });
    const tab = (await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/persons` })).json<{ items: Array<{ personId: string; role: string; mainContact: boolean }> }>();
    expect(tab.items).toEqual([expect.objectContaining({ personId: company.mainContactId, role: "contact", mainContact: true })]);
    // The export names the origin and the main contact beside their ids.
    const exported = (await admin.request({ method: "GET", url: "/api/v1/companies/export?format=csv&q=Avec contact" })).body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    const header = exported[0]?.split(";") ?? [];
    const cell = (name: string) => exported[1]?.split(";")[header.indexOf(name)];
    expect([cell("origine"), cell("id origine"), cell("interlocuteur principal"), cell("id interlocuteur principal")]).toEqual(["Agence en ligne (online_agency)", originId, "Interlocutrice Inès", company.mainContactId]);

    const refused = await create(admin, acme({ siren: "123", mainContact: { ...mainContact, lastName: "Fantôme" } }));
    expect(fieldErrors(refused.json())).toEqual(["siren:company.invalid_siren"]);
    expect(await personsNamed("Fantôme")).toBe(0);
    const badPerson = await create(admin, acme({ name: "Zygomorphe Industries", mainContact: { ...mainContact, lastName: "Fantôme", mobilePhone: "01 23" } }));
    expect(fieldErrors(badPerson.json())).toEqual(["mainContact.mobilePhone:person.invalid_phone"]);
    expect((await admin.request({ method: "GET", url: "/api/v1/companies?q=Zygomorphe" })).json().total).toBe(0);
    const both = await create(admin, acme({ mainContactId: company.mainContactId, mainContact }));
    expect(fieldErrors(both.json())).toEqual(["mainContact:company.main_contact_twice"]);

    // A main contact stays until the company lets go of it.
    const deletePerson = await admin.request({ method: "DELETE", url: `/api/v1/persons/${company.mainContactId}` });
    expect(deletePerson.statusCode).toBe(409);
    expect(deletePerson.json().code).toBe("person.in_use");
  });

  it("selects an existing person as main contact and refuses an unknown one", async () => {
    const person = (await admin.request({ method: "POST", url: "/api/v1/persons", payload: { category: "individual", lastName: "Choisie", originId } })).json<{ id: string }>();
    const company = await created(acme({ mainContactId: person.id }));
    expect(company.mainContactId).toBe(person.id);
    const unknown = await create(admin, acme({ mainContactId: "01900000-0000-7000-8000-000000000000", prescriberCompanyId: "01900000-0000-7000-8000-000000000000" }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].code).toMatch(/^company\.unknown_(person|company)$/);
  });

  it("shows and changes PEP and asset freeze only with their permissions", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const company = (await create(advisor, acme({ name: "Sensible" }))).json<Company>();
    expect(company).not.toHaveProperty("pep");
    const refused = await advisor.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { version: company.version, assetFreeze: true } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "company.sensitive_forbidden", errors: [{ path: "assetFreeze" }] });
    const allowed = await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { version: company.version, assetFreeze: true } });
    expect(allowed.json()).toMatchObject({ pep: false, assetFreeze: true, version: 2 });
    expect((await advisor.request({ method: "GET", url: `/api/v1/companies/${company.id}` })).json()).not.toHaveProperty("assetFreeze");
    const csv = (await advisor.request({ method: "GET", url: "/api/v1/companies/export?q=Sensible" })).body;
    expect(csv).not.toContain("gel des avoirs");
  });

  it("changes nothing on a PATCH that sends what is stored: same version, no audit entry, no event", async () => {
    const body = acme();
    const company = await created(body);
    const traces = async () =>
      (await t.platform.database.rows<{ audits: number; events: number }>(sql`select (select count(*)::int from audit_entries where entity_id = ${company.id}) as audits, (select count(*)::int from domain_events where entity_id = ${company.id} and type = 'company.updated') as events`))[0];
    const before = await traces();
    const { originId: _origin, ...same } = body;
    const again = await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { ...same, version: 1 } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ version: 1 });
    expect(await traces()).toEqual(before);
    expect((await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { name: `${body.name} bis`, version: 1 } })).json()).toMatchObject({ version: 2 });
  });

  it("names another tenant's origin on its field with the other errors", async () => {
    const beta = await t.signIn("admin@beta.demo");
    const betaOrigin = (await beta.request({ method: "GET", url: "/api/v1/origins?perPage=1" })).json<{ items: Array<{ id: string }> }>().items[0]?.id;
    const refused = await create(admin, acme({ originId: betaOrigin, nafCode: "99.99Z" }));
    expect(fieldErrors(refused.json())).toEqual(["nafCode:company.invalid_naf", "originId:company.unknown_origin"]);
  });

  it("refuses a stale version with 409", async () => {
    const company = await created(acme());
    expect((await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { version: 1, name: "Renommée" } })).statusCode).toBe(200);
    const stale = await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { version: 1, name: "Encore" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("record.version_conflict");
  });

  it("finds a company by name whatever the accents, case, hyphens or one typo, by SIREN or SIRET with spaces, phone, e-mail and postal code", async () => {
    const siren = nextSiren();
    const company = await created(
      acme({ name: "Établissements Kerhervé-D'Ornano", siren, phone: "02 98 76 54 32", email: "compta@kerherve.fr", addresses: [{ kind: "head_office", lines: ["3 rue Nationale"], postalCode: "59000", city: "Lille" }] }),
    );
    const found = async (q: string) => (await admin.request({ method: "GET", url: `/api/v1/companies?q=${encodeURIComponent(q)}` })).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id);
    const spaced = `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
    for (const q of ["kerherve d ornano", "ÉTABLISSEMENTS KERHERVÉ-D'ORNANO", "Kerherve", "kerharve", spaced, siren, siren.slice(0, 8), "02 98 76 54 32", "0298765432", "+33 2 98 76", "compta@kerherve.fr", "59000"]) {
      expect(await found(q), q).toContain(company.id);
    }
    expect(await found("Dupont")).not.toContain(company.id);
    const ranked = await found("kerherve");
    expect(ranked[0]).toBe(company.id);
  });

  it("changes only the custom fields a PATCH sends", async () => {
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "company", key: "broker", labelFr: "Courtier", labelEn: "Broker", type: "text" } });
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "company", key: "staff_rep", labelFr: "Représentant", labelEn: "Staff rep", type: "text" } });
    const company = await created(acme({ name: "Partielle SAS", customFields: { broker: "Cabinet A", staff_rep: "Marie" } }));
    const changed = await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}`, payload: { version: company.version, customFields: { broker: "Cabinet B" } } });
    expect(changed.json().customFields).toEqual({ broker: "Cabinet B", staff_rep: "Marie" });
  });

  it("filters by NAF (sous-classe or division), headcount band, marker, postal code and custom field, and exports the list", async () => {
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "company", key: "segment", labelFr: "Segment", labelEn: "Segment", type: "list", listValues: ["tpe", "pme"] } });
    const clinic = await created(acme({ name: "Clinique Orlando", nafCode: "86.10Z", headcountBand: "32", customFields: { segment: "pme" } }));
    const badField = await create(admin, acme({ name: "Clinique Orlando", customFields: { segment: "eti" } }));
    expect(fieldErrors(badField.json())).toEqual(["customFields.segment:custom_field.invalid_list_value"]);
    const list = (await admin.request({ method: "GET", url: "/api/v1/companies?nafCode=86&headcountBand=32&marker=newsletter&postalCode=75011&customField=segment:pme" })).json<{ items: Array<{ id: string }> }>();
    expect(list.items.map((item) => item.id)).toEqual([clinic.id]);
    expect((await admin.request({ method: "GET", url: "/api/v1/companies?nafCode=86.10Z&q=Orlando" })).json().total).toBe(1);
    expect((await admin.request({ method: "GET", url: "/api/v1/companies?sort=-siren,name&perPage=2" })).statusCode).toBe(200);
    expect((await admin.request({ method: "GET", url: "/api/v1/companies?sort=turnover" })).statusCode).toBe(400);

    const csv = await admin.request({ method: "GET", url: "/api/v1/companies/export?format=csv&q=Orlando" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("entreprises.csv");
    const lines = csv.body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(lines[0]).toContain("raison sociale;forme juridique;SIREN");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Clinique Orlando;sarl");
    expect(lines[1]).toContain("250 à 499 salariés");
    expect(lines[1]?.split(";")[lines[0]?.split(";").indexOf("nature") ?? -1]).toBe("Suspect");
    const segment = lines[0]?.split(";").indexOf("Segment") ?? -1;
    expect(segment).toBeGreaterThan(lines[0]?.split(";").indexOf("créée le") ?? Infinity);
    expect(lines[1]?.split(";")[segment]).toBe("pme");
    const xlsx = await admin.request({ method: "GET", url: "/api/v1/companies/export?format=xlsx&nafCode=86" });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("keeps relations between companies and shows the inverse on the other record", async () => {
    const parent = await created(acme({ name: "Groupe Mère" }));
    const child = await created(acme({ name: "Filiale Sud" }));
    const added = await admin.request({ method: "POST", url: `/api/v1/companies/${child.id}/relations`, payload: { type: "subsidiary_of", companyId: parent.id } });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ type: "subsidiary_of", companyId: parent.id, name: "Groupe Mère" });
    const ofParent = (await admin.request({ method: "GET", url: `/api/v1/companies/${parent.id}/relations` })).json<{ items: Array<{ id: string; type: string; companyId: string }> }>();
    expect(ofParent.items).toEqual([expect.objectContaining({ type: "parent_of", companyId: child.id })]);
    const again = await admin.request({ method: "POST", url: `/api/v1/companies/${parent.id}/relations`, payload: { type: "parent_of", companyId: child.id } });
    expect(again.statusCode).toBe(409);
    const self = await admin.request({ method: "POST", url: `/api/v1/companies/${child.id}/relations`, payload: { type: "partner_of", companyId: child.id } });
    expect(fieldErrors(self.json())).toEqual(["companyId:company.relation_to_self"]);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/companies/${parent.id}/relations/${ofParent.items[0]?.id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "GET", url: `/api/v1/companies/${child.id}/relations` })).json().items).toEqual([]);
  });

  it("links persons with a role, a person in several companies", async () => {
    const person = (await admin.request({ method: "POST", url: "/api/v1/persons", payload: { category: "professional", lastName: "Comptable", firstName: "Paul", originId } })).json<{ id: string }>();
    const first = await created(acme({ name: "Client A" }));
    const second = await created(acme({ name: "Client B" }));
    const linked = await admin.request({ method: "POST", url: `/api/v1/companies/${first.id}/persons`, payload: { personId: person.id, role: "accountant" } });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ personId: person.id, role: "accountant", lastName: "Comptable", mainContact: false });
    expect((await admin.request({ method: "POST", url: `/api/v1/companies/${second.id}/persons`, payload: { personId: person.id, role: "officer" } })).statusCode).toBe(201);
    expect((await admin.request({ method: "POST", url: `/api/v1/companies/${first.id}/persons`, payload: { personId: person.id, role: "accountant" } })).statusCode).toBe(409);
    const unknown = await admin.request({ method: "POST", url: `/api/v1/companies/${first.id}/persons`, payload: { personId: "01900000-0000-7000-8000-000000000000", role: "employee" } });
    expect(fieldErrors(unknown.json())).toEqual(["personId:company.unknown_person"]);
    const tab = (await admin.request({ method: "GET", url: `/api/v1/companies/${first.id}/persons` })).json<{ items: Array<{ id: string }> }>();
    expect(tab.items).toHaveLength(1);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/companies/${first.id}/persons/${tab.items[0]?.id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "GET", url: `/api/v1/companies/${second.id}/persons` })).json().items).toHaveLength(1);
    // Persons' data in the tab needs person:read too.
    const key = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "companies only", permissions: ["company:read"] } })).json<{ key: string }>().key;
    expect((await t.withApiKey(key).request({ method: "GET", url: `/api/v1/companies/${second.id}/persons` })).statusCode).toBe(403);
    const personsOnly = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "persons only", permissions: ["person:read"] } })).json<{ key: string }>().key;
    const exported = await t.withApiKey(personsOnly).request({ method: "GET", url: "/api/v1/companies/export" });
    expect(exported.statusCode).toBe(403);
    expect(exported.json().code).toBe("auth.forbidden");
  });

  it("keeps sites with an RNVP address, a phone, a contact person and an establishment SIRET", async () => {
    const company = await created(acme({ name: "Multi-sites" }));
    const contact = (await admin.request({ method: "POST", url: "/api/v1/persons", payload: { category: "professional", lastName: "Responsable", originId } })).json<{ id: string }>();
    const site = await admin.request({
      method: "POST",
      url: `/api/v1/companies/${company.id}/sites`,
      payload: { name: "Dépôt de Lyon", address: { lines: ["5 rue de la République"], postalCode: "69003", city: "lyon" }, phone: "04 72 00 00 00", contactPersonId: contact.id },
    });
    expect(site.statusCode).toBe(201);
    const view = site.json<{ id: string; version: number; phone: string; address: { normalisedLines: string[] } }>();
    expect(view.phone).toBe("+33472000000");
    expect(view.address.normalisedLines.at(-1)).toBe("69003 LYON");
    const renamed = await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}/sites/${view.id}`, payload: { version: view.version, name: "Entrepôt de Lyon" } });
    expect(renamed.json()).toMatchObject({ name: "Entrepôt de Lyon", version: 2 });
    expect((await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}/sites/${view.id}`, payload: { version: 1, name: "Vieux" } })).statusCode).toBe(409);
    const foreign = await admin.request({ method: "PATCH", url: `/api/v1/companies/${company.id}/sites/${view.id}`, payload: { version: 2, siret: "73282932000074" } });
    expect(fieldErrors(foreign.json())).toEqual(["siret:company.siret_siren_mismatch"]);
    const badContact = await admin.request({
      method: "POST",
      url: `/api/v1/companies/${company.id}/sites`,
      payload: { name: "Fantôme", address: { lines: ["1 rue X"], postalCode: "75011", city: "Paris" }, contactPersonId: "01900000-0000-7000-8000-000000000000" },
    });
    expect(fieldErrors(badContact.json())).toEqual(["contactPersonId:company.unknown_person"]);
    expect((await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/sites` })).json().items).toHaveLength(1);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/persons/${contact.id}` })).json().code).toBe("person.in_use");
    expect((await admin.request({ method: "DELETE", url: `/api/v1/companies/${company.id}/sites/${view.id}` })).statusCode).toBe(204);
  });

  it("keeps demography spreadsheets as attachments and answers the latest one, or all of them newest first", async () => {
    const company = await created(acme({ name: "Démographe" }));
    const none = await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/demography` });
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe("company.no_demography");
    // The tab asks for the list: no file is an empty list, not an error.
    const noneListed = await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/demographies` });
    expect(noneListed.statusCode).toBe(200);
    expect(noneListed.json()).toEqual({ items: [] });
    const notSpreadsheet = await admin.request({ method: "POST", url: `/api/v1/companies/${company.id}/demography`, ...multipart("demo.pdf", "application/pdf", pdf) });
    expect(notSpreadsheet.statusCode).toBe(415);
    expect(notSpreadsheet.json().code).toBe("company.demography_not_spreadsheet");
    const first = await admin.request({ method: "POST", url: `/api/v1/companies/${company.id}/demography`, ...multipart("demographie-2025.csv", "text/csv", "tranche;hommes;femmes\n20-29;3;4\n") });
    expect(first.statusCode).toBe(201);
    const csv = "tranche;hommes;femmes\n20-29;5;6\n";
    const second = (await admin.request({ method: "POST", url: `/api/v1/companies/${company.id}/demography`, ...multipart("demographie-2026.csv", "text/csv", csv) })).json<{ fileId: string }>();
    const latest = (await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/demography` })).json<{ name: string; fileId: string; downloadUrl: string; uploadedAt: string }>();
    expect(latest).toMatchObject({ name: "demographie-2026.csv", fileId: second.fileId, downloadUrl: `/api/v1/files/${second.fileId}` });
    expect(new Date(latest.uploadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await admin.request({ method: "GET", url: latest.downloadUrl })).body).toBe(csv);
    const listed = (await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/demographies` })).json<{ items: Array<{ name: string }> }>();
    expect(listed.items.map((item) => item.name)).toEqual(["demographie-2026.csv", "demographie-2025.csv"]);
    const attachments = (await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/attachments` })).json<{ items: Array<{ name: string; description: string | null }> }>();
    expect(attachments.items.map((item) => item.name).sort()).toEqual(["demographie-2025.csv", "demographie-2026.csv"]);
  });

  it("keeps attachments: upload, list, download, delete", async () => {
    const company = await created(acme({ name: "Pièces" }));
    const uploaded = await admin.request({ method: "POST", url: `/api/v1/companies/${company.id}/attachments`, ...multipart("kbis.pdf", "application/pdf", pdf) });
    expect(uploaded.statusCode).toBe(201);
    const { id, fileId } = uploaded.json<{ id: string; fileId: string }>();
    expect((await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/attachments` })).json<{ items: Array<{ name: string }> }>().items.map((item) => item.name)).toEqual(["kbis.pdf"]);
    expect((await admin.request({ method: "GET", url: `/api/v1/files/${fileId}` })).body).toBe(pdf);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/companies/${company.id}/attachments/${id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}/attachments` })).json().items).toEqual([]);
  });

  it("keeps competitor coverage, soonest end first", async () => {
    const company = await created(acme({ name: "Concurrence" }));
    const url = `/api/v1/companies/${company.id}/competitor-coverages`;
    expect((await admin.request({ method: "POST", url, payload: { domain: "protection", insurer: "Prévoyance & Co" } })).statusCode).toBe(201);
    const health = await admin.request({ method: "POST", url, payload: { domain: "health", insurer: "Mutuelle Concurrente", product: "Collective santé", endDate: "2026-12-31", annualPremiumCents: 1_250_000 } });
    expect(health.json()).toMatchObject({ domain: "health", endDate: "2026-12-31", annualPremiumCents: 1_250_000 });
    const listed = (await admin.request({ method: "GET", url })).json<{ items: Array<{ id: string; domain: string }> }>();
    expect(listed.items.map((item) => item.domain)).toEqual(["health", "protection"]);
    expect((await admin.request({ method: "POST", url, payload: { domain: "cars", insurer: "X" } })).statusCode).toBe(400);
    expect((await admin.request({ method: "DELETE", url: `${url}/${listed.items[0]?.id}` })).statusCode).toBe(204);
  });

  it("keeps an origin or a legal form in use from being deleted, and deletes a company with its tabs", async () => {
    const origin = (await admin.request({ method: "POST", url: "/api/v1/origins", payload: { code: "salon_ce_2026", label: "Salon des CSE", kind: "event" } })).json<{ id: string }>();
    const form = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/legal_forms/values", payload: { code: "scop", labelFr: "SCOP", labelEn: "Workers' cooperative" } })).json<{ id: string }>();
    const company = await created(acme({ name: "Coopérative", originId: origin.id, legalForm: "scop" }));
    expect((await admin.request({ method: "DELETE", url: `/api/v1/origins/${origin.id}` })).json().code).toBe("origin.in_use");
    expect((await admin.request({ method: "DELETE", url: `/api/v1/reference-tables/legal_forms/values/${form.id}` })).json().code).toBe("reference.value_in_use");

    const prescribed = (await admin.request({ method: "POST", url: "/api/v1/persons", payload: { category: "individual", lastName: "Recommandée", originId, prescriberCompanyId: company.id } })).json<{ id: string }>();
    await admin.request({ method: "POST", url: `/api/v1/companies/${company.id}/sites`, payload: { name: "Siège", address: { lines: ["1 rue de la Paix"], postalCode: "75002", city: "Paris" } } });
    expect((await admin.request({ method: "DELETE", url: `/api/v1/companies/${company.id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "GET", url: `/api/v1/companies/${company.id}` })).statusCode).toBe(404);
    expect((await admin.request({ method: "GET", url: `/api/v1/persons/${prescribed.id}` })).json().prescriberCompanyId).toBeNull();
    expect((await admin.request({ method: "DELETE", url: `/api/v1/origins/${origin.id}` })).statusCode).toBe(204);
  });

  it("has the demo companies, with valid SIRENs and a main contact each", async () => {
    const page = (await admin.request({ method: "GET", url: "/api/v1/companies?perPage=500" })).json<{ total: number; items: Company[] }>();
    const demo = page.items.filter((company) => company.version === 1 && company.createdBy === null);
    expect(demo.length).toBeGreaterThanOrEqual(100);
    for (const company of demo) {
      expect(hasValidLuhnKey(company.siren ?? ""), String(company.siren)).toBe(true);
      expect(company.mainContactId).not.toBeNull();
    }
    const first = demo[0];
    const tab = (await admin.request({ method: "GET", url: `/api/v1/companies/${first?.id}/persons` })).json<{ items: unknown[] }>();
    expect(tab.items.length).toBeGreaterThanOrEqual(2);
  });

  it("hides another tenant's companies", async () => {
    const company = await created(acme({ name: "Alphaonly SA" }));
    const beta = await t.signIn("admin@beta.demo");
    expect((await beta.request({ method: "GET", url: `/api/v1/companies/${company.id}` })).statusCode).toBe(404);
    expect((await beta.request({ method: "GET", url: "/api/v1/companies?q=Alphaonly" })).json<{ total: number }>().total).toBe(0);
    expect((await beta.request({ method: "GET", url: `/api/v1/companies/${company.id}/persons` })).statusCode).toBe(404);
    // Beta cannot point at alpha's records either.
    const betaOrigins = (await beta.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string; code: string }> }>();
    const betaOrigin = betaOrigins.items.find((origin) => origin.code === "online_agency")?.id ?? "";
    const crossing = await beta.request({ method: "POST", url: "/api/v1/companies", payload: acme({ originId: betaOrigin, prescriberCompanyId: company.id }) });
    expect(fieldErrors(crossing.json())).toEqual(["prescriberCompanyId:company.unknown_company"]);
  });

  it("takes as a person's prescriber only a company of the tenant, and writes nothing otherwise", async () => {
    const company = await created(acme({ name: "Prescriptrice SA" }));
    const beta = await t.signIn("admin@beta.demo");
    const betaOrigin = (await beta.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string }> }>().items[0]?.id;
    const person = { category: "individual", lastName: "Prescrite", originId: betaOrigin, prescriberCompanyId: company.id };
    const crossing = await beta.request({ method: "POST", url: "/api/v1/persons", payload: person });
    expect(crossing.statusCode).toBe(400);
    expect(fieldErrors(crossing.json())).toEqual(["prescriberCompanyId:person.unknown_company"]);
    expect((await beta.request({ method: "GET", url: "/api/v1/persons?q=Prescrite" })).json<{ total: number }>().total).toBe(0);

    const accepted = await admin.request({ method: "POST", url: "/api/v1/persons", payload: { ...person, originId } });
    expect(accepted.json()).toMatchObject({ prescriberCompanyId: company.id });
    const { id, version } = accepted.json<{ id: string; version: number }>();
    const unknown = await admin.request({ method: "PATCH", url: `/api/v1/persons/${id}`, payload: { version, prescriberCompanyId: "01900000-0000-7000-8000-000000000000" } });
    expect(fieldErrors(unknown.json())).toEqual(["prescriberCompanyId:person.unknown_company"]);
    expect((await admin.request({ method: "GET", url: `/api/v1/persons/${id}` })).json()).toMatchObject({ prescriberCompanyId: company.id, version });
  });
});
