import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
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

let durandCount = 0;
/** A valid person; from the second call on, another e-mail and mobile (the duplicate check refuses the same ones). */
const durand = () => {
  const n = durandCount++;
  return {
  category: "individual",
  civility: "mrs",
  lastName: "Le Hénaff-Durand",
  firstName: "Chloé",
  birthDate: "1985-04-12",
  email: n === 0 ? "Chloe.Durand@Exemple.fr" : `chloe.durand.${n}@exemple.fr`,
  mobilePhone: n === 0 ? "06 12 34 56 78" : `06 12 ${String(10 + n).padStart(2, "0")} 56 78`,
  originId,
  markers: ["newsletter"],
  addresses: [{ kind: "main", lines: ["12 bis, avenue du Général de Gaulle"], postalCode: "75011", city: "paris" }],
  };
};

async function create(caller: Caller, body: Record<string, unknown>) {
  return caller.request({ method: "POST", url: "/api/v1/persons", payload: body });
}

describe("persons", () => {
  it("creates a suspect with phones in E.164, a lower-cased e-mail and its RNVP address", async () => {
    const response = await create(admin, durand());
    expect(response.statusCode).toBe(201);
    const person = response.json();
    expect(person).toMatchObject({ nature: "suspect", mobilePhone: "+33612345678", email: "chloe.durand@exemple.fr", version: 1, markers: ["newsletter"] });
    expect(person.addresses[0]).toMatchObject({ kind: "main", postalCode: "75011", normalisationStatus: "corrected" });
    expect(person.addresses[0].normalisedLines.at(-1)).toBe("75011 PARIS");
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = (await admin.request({ method: "GET", url: "/api/v1/persons?perPage=1" })).json<{ total: number }>().total;
    const response = await create(admin, { ...durand(), mobilePhone: "01 23", birthDate: "2999-01-01", markers: ["no_such_marker"], nature: "member" });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const wrongFields = await create(admin, { ...durand(), mobilePhone: "01 23", birthDate: "2999-01-01", markers: ["no_such_marker"] });
    expect(wrongFields.json().errors.map((error: { path: string; code: string }) => `${error.path}:${error.code}`).sort()).toEqual(
      ["birthDate:person.invalid_birth_date", "markers.0:person.unknown_reference_value", "mobilePhone:person.invalid_phone"].sort(),
    );
    const unknownOrigin = await create(admin, { ...durand(), originId: "01900000-0000-7000-8000-000000000000" });
    expect(unknownOrigin.json().errors).toEqual([expect.objectContaining({ path: "originId", code: "person.unknown_origin" })]);
    expect((await admin.request({ method: "GET", url: "/api/v1/persons?perPage=1" })).json<{ total: number }>().total).toBe(before);
  });

  it("shows and changes PEP and asset freeze only with their permissions", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const created = (await create(advisor, { ...durand(), lastName: "Martin" })).json<{ id: string; version: number; pep?: boolean }>();
    expect(created).not.toHaveProperty("pep");
    const refused = await advisor.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { version: created.version, pep: true } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "person.sensitive_forbidden", errors: [{ path: "pep" }] });
    const allowed = await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { version: created.version, pep: true } });
    expect(allowed.json()).toMatchObject({ pep: true, assetFreeze: false, version: 2 });
    expect((await advisor.request({ method: "GET", url: `/api/v1/persons/${created.id}` })).json()).not.toHaveProperty("pep");
  });

  it("refuses to make a professional an individual while their professional data stays, and changes nothing", async () => {
    const professional = await create(admin, {
      category: "professional",
      lastName: "Kermarrec",
      originId,
      functions: "Gérant",
      madelinEligible: true,
      addresses: [{ kind: "professional", lines: ["1 place Saint-Corentin"], postalCode: "29000", city: "Quimper" }],
    });
    const { id, version } = professional.json<{ id: string; version: number }>();
    const kept = await admin.request({ method: "PATCH", url: `/api/v1/persons/${id}`, payload: { version, category: "individual" } });
    expect(kept.statusCode).toBe(400);
    expect(kept.json().errors.map((error: { path: string; code: string }) => `${error.path}:${error.code}`).sort()).toEqual(
      ["addresses.0.kind:person.professional_only", "functions:person.professional_only", "madelinEligible:person.professional_only"].sort(),
    );
    expect((await admin.request({ method: "GET", url: `/api/v1/persons/${id}` })).json()).toMatchObject({ category: "professional", functions: "Gérant", version });
    const cleared = await admin.request({ method: "PATCH", url: `/api/v1/persons/${id}`, payload: { version, category: "individual", functions: null, madelinEligible: false, addresses: [] } });
    expect(cleared.json()).toMatchObject({ category: "individual", functions: null, madelinEligible: false, addresses: [] });
  });

  it("changes only the custom fields a PATCH sends, and clears those sent null", async () => {
    for (const key of ["hobby", "referrer"]) await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key, labelFr: key, labelEn: key, type: "text" } });
    const { id, version } = (await create(admin, { ...durand(), lastName: "Partiel", customFields: { hobby: "voile", referrer: "Paul" } })).json<{ id: string; version: number }>();
    const changed = await admin.request({ method: "PATCH", url: `/api/v1/persons/${id}`, payload: { version, customFields: { hobby: "golf" } } });
    expect(changed.json().customFields).toEqual({ hobby: "golf", referrer: "Paul" });
    const cleared = await admin.request({ method: "PATCH", url: `/api/v1/persons/${id}`, payload: { version: version + 1, customFields: { referrer: null } } });
    expect(cleared.json().customFields).toEqual({ hobby: "golf", referrer: null });
    const wrong = await admin.request({ method: "PATCH", url: `/api/v1/persons/${id}`, payload: { version: version + 2, customFields: { nobody: 1 } } });
    expect(wrong.json().errors).toEqual([expect.objectContaining({ path: "customFields.nobody", code: "custom_field.unknown" })]);
  });

  it("changes nothing on a PATCH that sends what is stored: same version, no audit entry, no event", async () => {
    const body = {
      category: "individual",
      civility: "mrs",
      lastName: "Inchangée",
      firstName: "Chloé",
      birthDate: "1985-04-12",
      email: "Chloe.Inchangee@Exemple.fr",
      mobilePhone: "07 81 92 63 54",
      originId,
      markers: ["newsletter"],
      addresses: [{ kind: "main", lines: ["12 bis, avenue du Général de Gaulle"], postalCode: "75011", city: "paris" }],
    };
    const created = (await create(admin, body)).json<{ id: string; email: string; mobilePhone: string }>();
    const traces = async () => {
      const [row] = await t.platform.database.rows<{ audits: number; events: number }>(
        sql`select (select count(*)::int from audit_entries where entity_id = ${created.id}) as audits, (select count(*)::int from domain_events where entity_id = ${created.id} and type = 'person.updated') as events`,
      );
      return row;
    };
    const before = await traces();
    const { category: _category, originId: _origin, ...same } = body;
    const again = await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { ...same, email: created.email, mobilePhone: created.mobilePhone, version: 1 } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ version: 1 });
    expect(await traces()).toEqual(before);
    // A real change still makes a new version, and a change of address alone too.
    expect((await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { firstName: "Anne", version: 1 } })).json()).toMatchObject({ version: 2 });
    const moved = await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { addresses: [{ kind: "main", lines: ["3 rue de la Paix"], postalCode: "75002", city: "Paris" }], version: 2 } });
    expect(moved.json()).toMatchObject({ version: 3 });
  });

  it("refuses a stale version with 409", async () => {
    const created = (await create(admin, { ...durand(), lastName: "Bernard" })).json<{ id: string }>();
    expect((await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { version: 1, firstName: "Anne" } })).statusCode).toBe(200);
    const stale = await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { version: 1, firstName: "Annie" } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("record.version_conflict");
  });

  it("finds a person by name whatever the accents, case, hyphens or one typo, by phone in any format, e-mail and postal code", async () => {
    const created = (await create(admin, { ...durand(), lastName: "Kerhervé-D'Ornano", firstName: "Zébulon", mobilePhone: "0698765432", email: "zebulon.kerherve@exemple.fr", addresses: [{ kind: "main", lines: ["3 rue Nationale"], postalCode: "59000", city: "Lille" }] })).json<{ id: string }>();
    const found = async (q: string) => (await admin.request({ method: "GET", url: `/api/v1/persons?q=${encodeURIComponent(q)}` })).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id);
    for (const q of ["kerherve d ornano", "KERHERVÉ-D'ORNANO", "Kerherve", "kerharve", "+33 6 98 76 54 32", "06.98.76.54.32", "0698 76", "zebulon.kerherve@exemple.fr", "59000"]) {
      expect(await found(q), q).toContain(created.id);
    }
    expect(await found("Dupont")).not.toContain(created.id);
  });

  it("reads a word of two letters as the start of a word of the name, not as letters anywhere in it", async () => {
    const legall = (await create(admin, { ...durand(), lastName: "Le Gall", firstName: "Perig" })).json<{ id: string }>();
    const leblanc = (await create(admin, { ...durand(), lastName: "Leblanc", firstName: "Anne" })).json<{ id: string }>();
    const noel = (await create(admin, { ...durand(), lastName: "Noël", firstName: "Alexandre" })).json<{ id: string }>();
    const found = async (q: string) => (await admin.request({ method: "GET", url: `/api/v1/persons?q=${encodeURIComponent(q)}&perPage=500` })).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id);
    const withLe = await found("le");
    expect(withLe).toEqual(expect.arrayContaining([legall.id, leblanc.id]));
    expect(withLe).not.toContain(noel.id);
    // Whole words first among the names that start with the typed text.
    expect(withLe.indexOf(legall.id)).toBeLessThan(withLe.indexOf(leblanc.id));
    expect(await found("perig le")).toEqual([legall.id]);
  });

  it("forgives one typo of any kind in each word of a name, and forgets the words of an erased name", async () => {
    const created = (await create(admin, { ...durand(), lastName: "Quimperlé", firstName: "Grégoire" })).json<{ id: string }>();
    const found = async (q: string) => (await admin.request({ method: "GET", url: `/api/v1/persons?q=${encodeURIComponent(q)}` })).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id);
    // a letter replaced, missing, added, two neighbours swapped; in both words at once
    for (const q of ["quimperla", "quimprle", "quimperlee", "qiumperle", "quimperle gregiore", "qimperle gregoir"]) {
      expect(await found(q), q).toEqual([created.id]);
    }
    const lexicon = async () => (await t.platform.database.rows<{ word: string }>(sql`select word from name_words where word in ('quimperle', 'gregoire', 'yvinec')`)).map((row) => row.word).sort();
    // Each word's forms: itself and each deletion of one letter, distinct ("yvinec": 7).
    const forms = async () => (await t.platform.database.rows<{ word: string; forms: number }>(sql`select word, count(*)::int as forms from name_word_variants where word in ('quimperle', 'gregoire', 'yvinec') group by word order by word`));
    expect(await lexicon()).toEqual(["gregoire", "quimperle"]);
    expect(await forms()).toEqual([{ word: "gregoire", forms: 9 }, { word: "quimperle", forms: 10 }]);
    const renamed = await admin.request({ method: "PATCH", url: `/api/v1/persons/${created.id}`, payload: { version: 1, lastName: "Yvinec" } });
    expect(renamed.statusCode).toBe(200);
    expect(await lexicon()).toEqual(["gregoire", "yvinec"]);
    expect(await forms()).toEqual([{ word: "gregoire", forms: 9 }, { word: "yvinec", forms: 7 }]);
    expect(await found("yvinic")).toEqual([created.id]);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/persons/${created.id}` })).statusCode).toBe(204);
    expect(await lexicon()).toEqual([]);
    expect(await forms()).toEqual([]);
    // A word forgotten is filed again, with its forms, by the next name that has it.
    const again = (await create(admin, { ...durand(), lastName: "Yvinec", firstName: "Anne" })).json<{ id: string }>();
    expect(await forms()).toEqual([{ word: "yvinec", forms: 7 }]);
    expect(await found("yvinic")).toEqual([again.id]);
  });

  it("finds the caller of a screen-pop by their number in any format, and refuses what is no number", async () => {
    const caller = (await create(admin, { ...durand(), lastName: "Appelant", mobilePhone: "06 31 42 53 64", landlinePhone: "01 45 67 89 10" })).json<{ id: string }>();
    const ringing = async (phone: string) => (await admin.request({ method: "GET", url: `/api/v1/persons?phone=${encodeURIComponent(phone)}` })).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id);
    for (const phone of ["+33631425364", "0631425364", "06.31.42.53.64", "+33 6 31 42 53 64", "0033 6 31 42 53 64", "+33145678910", "01 45 67 89 10"]) expect(await ringing(phone), phone).toEqual([caller.id]);
    expect(await ringing("0631425365")).toEqual([]);
    const refused = await admin.request({ method: "GET", url: "/api/v1/persons?phone=Dupont" });
    expect(refused.statusCode).toBe(400);
  });

  it("filters by nature, marker, postal code and custom field, and exports the list", async () => {
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key: "loyalty", labelFr: "Fidélité", labelEn: "Loyalty", type: "list", listValues: ["gold", "silver"] } });
    const gold = (await create(admin, { ...durand(), lastName: "Orlando", customFields: { loyalty: "gold" } })).json<{ id: string }>();
    const badField = await create(admin, { ...durand(), lastName: "Orlando", customFields: { loyalty: "bronze" } });
    expect(badField.json().errors).toEqual([expect.objectContaining({ path: "customFields.loyalty", code: "custom_field.invalid_list_value" })]);
    const list = (await admin.request({ method: "GET", url: "/api/v1/persons?customField=loyalty:gold&nature=suspect&marker=newsletter&postalCode=75011" })).json<{ items: Array<{ id: string }> }>();
    expect(list.items.map((item) => item.id)).toEqual([gold.id]);

    const csv = await admin.request({ method: "GET", url: "/api/v1/persons/export?format=csv&q=Orlando" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(lines[0]).toContain("nom;prénom");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Orlando;Chloé");
    const header = lines[0]?.split(";") ?? [];
    expect([header.indexOf("origine"), header.indexOf("id origine")].map((index) => lines[1]?.split(";")[index])).toEqual(["Agence en ligne (online_agency)", originId]);
    // Its nature as the screens name it, not its code.
    expect(lines[1]?.split(";")[header.indexOf("nature")]).toBe("Suspect");
    const xlsx = await admin.request({ method: "GET", url: "/api/v1/persons/export?format=xlsx" });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("exports the secondary address and the tenant's custom fields, typed, after the record's own columns", async () => {
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key: "first_visit", labelFr: "Première visite", labelEn: "First visit", type: "date", sortOrder: 2 } });
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "person", key: "children", labelFr: "Enfants", labelEn: "Children", type: "number", sortOrder: 1 } });
    const secondary = { kind: "secondary", lines: ["3 rue des Lilas"], postalCode: "69003", city: "Lyon" };
    const created = await create(admin, { ...durand(), lastName: "Vasseur", addresses: [...durand().addresses, secondary], customFields: { first_visit: "2026-03-05", children: 2 } });
    expect(created.statusCode).toBe(201);
    const csv = await admin.request({ method: "GET", url: "/api/v1/persons/export?format=csv&q=Vasseur" });
    const [header = [], row = []] = csv.body.replace(/^\ufeff/, "").trim().split(/\r?\n/).map((line) => line.split(";"));
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell("code postal secondaire"), cell("ville secondaire"), cell("Enfants"), cell("Première visite")]).toEqual(["69003", "Lyon", "2", "2026-03-05"]);
    expect(header.slice(-2)).toEqual(["Enfants", "Première visite"]);
    const xlsx = await admin.request({ method: "GET", url: "/api/v1/persons/export?format=xlsx&q=Vasseur" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const column = (name: string) => (sheet?.getRow(1).values as unknown[]).indexOf(name);
    expect(sheet?.getRow(2).getCell(column("Enfants")).value).toBe(2);
    expect(sheet?.getRow(2).getCell(column("Première visite")).value).toEqual(new Date("2026-03-05T00:00:00Z"));
  });

  it("keeps typed relations and shows the inverse on the other record", async () => {
    const parent = (await create(admin, { ...durand(), lastName: "Parent", firstName: "Paul" })).json<{ id: string }>();
    const child = (await create(admin, { ...durand(), lastName: "Enfant", firstName: "Léa" })).json<{ id: string }>();
    const added = await admin.request({ method: "POST", url: `/api/v1/persons/${child.id}/relations`, payload: { type: "child_of", personId: parent.id } });
    expect(added.statusCode).toBe(201);
    const ofParent = (await admin.request({ method: "GET", url: `/api/v1/persons/${parent.id}/relations` })).json<{ items: Array<{ type: string; personId: string }> }>();
    expect(ofParent.items).toEqual([expect.objectContaining({ type: "parent_of", personId: child.id })]);
    // The same tie entered again from the parent's record is stored once.
    const inverse = await admin.request({ method: "POST", url: `/api/v1/persons/${parent.id}/relations`, payload: { type: "parent_of", personId: child.id } });
    expect(inverse.statusCode).toBe(409);
    expect(inverse.json().errors).toEqual([expect.objectContaining({ path: "personId", code: "record.already_exists" })]);
    const ofChild = (await admin.request({ method: "GET", url: `/api/v1/persons/${child.id}/relations` })).json<{ items: unknown[] }>();
    expect(ofChild.items).toHaveLength(1);
    const self = await admin.request({ method: "POST", url: `/api/v1/persons/${child.id}/relations`, payload: { type: "spouse_of", personId: child.id } });
    expect(self.json().errors).toEqual([expect.objectContaining({ code: "person.relation_to_self" })]);
  });

  it("keeps attachments: upload, list, download, delete", async () => {
    const person = (await create(admin, { ...durand(), lastName: "Pièces" })).json<{ id: string }>();
    const boundary = "----adhesia";
    const pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    const uploaded = await admin.request({
      method: "POST",
      url: `/api/v1/persons/${person.id}/attachments`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\n Mandat de prélèvement signé \r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mandat.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`,
    });
    expect(uploaded.statusCode).toBe(201);
    const { id, fileId } = uploaded.json<{ id: string; fileId: string }>();
    const listed = (await admin.request({ method: "GET", url: `/api/v1/persons/${person.id}/attachments` })).json<{ items: Array<{ name: string; description: string | null }> }>();
    expect(listed.items.map((item) => [item.name, item.description])).toEqual([["mandat.pdf", "Mandat de prélèvement signé"]]);
    expect((await admin.request({ method: "GET", url: `/api/v1/files/${fileId}` })).body).toBe(pdf);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/persons/${person.id}/attachments/${id}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "GET", url: `/api/v1/persons/${person.id}/attachments` })).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it("keeps competitor coverage, soonest end first, with field errors, permissions and audit", async () => {
    const person = (await create(admin, { ...durand(), lastName: "Concurrence" })).json<{ id: string }>();
    const url = `/api/v1/persons/${person.id}/competitor-coverages`;
    expect((await admin.request({ method: "POST", url, payload: { domain: "protection", insurer: "Prévoyance & Co" } })).statusCode).toBe(201);
    const health = await admin.request({ method: "POST", url, payload: { domain: "health", insurer: "Mutuelle Concurrente", product: "Santé Sérénité", endDate: "2026-12-31", annualPremiumCents: 84_000 } });
    expect(health.statusCode).toBe(201);
    expect(health.json()).toMatchObject({ domain: "health", insurer: "Mutuelle Concurrente", endDate: "2026-12-31", annualPremiumCents: 84_000 });
    const listed = (await admin.request({ method: "GET", url })).json<{ items: Array<{ id: string; domain: string }> }>();
    expect(listed.items.map((item) => item.domain)).toEqual(["health", "protection"]);

    const invalid = await admin.request({ method: "POST", url, payload: { domain: "cars", insurer: "", annualPremiumCents: -1, endDate: "31/12/2026" } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers["content-type"]).toContain("application/problem+json");
    expect(invalid.json<{ errors: Array<{ path: string }> }>().errors.map((error) => error.path).sort()).toEqual(["annualPremiumCents", "domain", "endDate", "insurer"]);

    const marketing = await t.signIn("marketing@alpha.demo");
    expect((await marketing.request({ method: "GET", url })).statusCode).toBe(200);
    expect((await marketing.request({ method: "POST", url, payload: { domain: "health", insurer: "Refusée" } })).statusCode).toBe(403);
    expect((await marketing.request({ method: "DELETE", url: `${url}/${listed.items[0]?.id}` })).statusCode).toBe(403);

    const removed = listed.items[0]?.id ?? "";
    expect((await admin.request({ method: "DELETE", url: `${url}/${removed}` })).statusCode).toBe(204);
    expect((await admin.request({ method: "DELETE", url: `${url}/${removed}` })).statusCode).toBe(404);
    const history = (await admin.request({ method: "GET", url: `/api/v1/audit?entity=person_competitor_coverage&id=${removed}` })).json<{ items: Array<{ before: unknown; after: unknown }> }>();
    expect(history.items).toHaveLength(2);
    expect((await admin.request({ method: "GET", url })).json<{ items: Array<{ domain: string }> }>().items.map((item) => item.domain)).toEqual(["protection"]);
    expect((await admin.request({ method: "GET", url: "/api/v1/persons/01900000-0000-7000-8000-000000000000/competitor-coverages" })).statusCode).toBe(404);
  });

  it("keeps an origin or a marker in use from being deleted", async () => {
    const origin = (await admin.request({ method: "POST", url: "/api/v1/origins", payload: { code: "salon_2026", label: "Salon 2026", kind: "event" } })).json<{ id: string }>();
    await create(admin, { ...durand(), lastName: "Salon", originId: origin.id });
    const deleted = await admin.request({ method: "DELETE", url: `/api/v1/origins/${origin.id}` });
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().code).toBe("origin.in_use");
  });

  it("names another tenant's origin and prescriber in one answer, beside the other field errors", async () => {
    const beta = await t.signIn("admin@beta.demo");
    const betaOrigin = (await beta.request({ method: "GET", url: "/api/v1/origins?perPage=1" })).json<{ items: Array<{ id: string }> }>().items[0]?.id;
    const betaPerson = (await beta.request({ method: "GET", url: "/api/v1/persons?perPage=1" })).json<{ items: Array<{ id: string }> }>().items[0]?.id;
    const refused = await create(admin, { category: "individual", lastName: "Ailleurs", firstName: "Eve", originId: betaOrigin, prescriberPersonId: betaPerson });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: Array<{ path: string; code: string }> }>().errors.map((error) => `${error.path}:${error.code}`).sort()).toEqual(["originId:person.unknown_origin", "prescriberPersonId:person.unknown_person"]);
  });

  it("hides another tenant's persons", async () => {
    const created = (await create(admin, { ...durand(), lastName: "Alphaonly" })).json<{ id: string }>();
    const beta = await t.signIn("admin@beta.demo");
    expect((await beta.request({ method: "GET", url: `/api/v1/persons/${created.id}` })).statusCode).toBe(404);
    expect((await beta.request({ method: "GET", url: "/api/v1/persons?q=Alphaonly" })).json<{ total: number }>().total).toBe(0);
  });
});
