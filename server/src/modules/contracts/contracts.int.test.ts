import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText, parseCsv } from "../../platform/imports/csv-reader.js";
import { waitForJob } from "../../test-support/jobs.js";
import { multipartFile } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../docs/interfaces/samples");
const sample = (name: string) => fs.readFileSync(path.join(samples, name));

type Page<T> = { items: T[]; total: number };
interface Received {
  result: "created" | "updated" | "unchanged";
  contractId: string;
  holderType: "person" | "company";
  holderId: string;
}
interface Contract {
  id: string;
  number: string;
  status: string;
  holderPersonId: string | null;
  holderCompanyId: string | null;
  productId: string | null;
  productLabel: string | null;
  grantsMembership: boolean;
  beneficiaryCount: number;
  version: number;
  beneficiaries: Array<{ personId: string; role: string; lastName: string; firstName: string }>;
  guarantees: Array<{ code: string; kind: string }>;
}
interface Person {
  id: string;
  lastName: string;
  firstName: string | null;
  birthDate: string | null;
  coverageFlags: string[];
  nature: string;
}

let t: TestApp;
let admin: Caller;
let beta: Caller;
let feedKey: Caller;
let betaKey: Caller;

async function call<T>(caller: Caller, method: "GET" | "POST", url: string, payload?: unknown): Promise<T> {
  const response = await caller.request({ method, url, ...(payload ? { payload: payload as Record<string, unknown> } : {}) });
  expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

async function apiKey(caller: Caller, name: string): Promise<Caller> {
  const { key } = await call<{ key: string }>(caller, "POST", "/api/v1/api-keys", { name, permissions: ["contract:import", "contract:read", "person:read", "company:read", "job:read", "file:read"] });
  return t.withApiKey(key);
}

const person = (lastName: string, firstName: string, birthDate: string) => ({ type: "person", lastName, firstName, birthDate });
const record = (number: string, fields: Record<string, unknown> = {}) => ({
  sourceSystem: "TEST",
  number,
  status: "active",
  startDate: "2026-01-01",
  domain: "health",
  productCode: "SANTE_PARTICULIERS",
  formulaCode: "ESSENTIEL",
  holder: person("Durandal", "Roland", "1975-03-03"),
  ...fields,
});
const push = (caller: Caller, body: Record<string, unknown>) => caller.request({ method: "POST", url: "/api/v1/integrations/back-office/contracts", payload: body });
const personsNamed = (caller: Caller, name: string) => call<Page<Person>>(caller, "GET", `/api/v1/persons?q=${encodeURIComponent(name)}&perPage=50`);

beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  beta = await t.signIn("admin@beta.demo");
  feedKey = await apiKey(admin, "Back office PSA");
  betaKey = await apiKey(beta, "Back office bêta");
});
afterAll(async () => t.close());

describe("a contract pushed in real time", () => {
  it("is created with its holder, then unchanged when replayed, then updated by a newer version", async () => {
    const first = await push(feedKey, record("RT-1"));
    expect(first.statusCode, first.body).toBe(200);
    const created = first.json<Received>();
    expect(created).toMatchObject({ result: "created", holderType: "person" });

    const replay = (await push(feedKey, record("RT-1"))).json<Received>();
    expect(replay).toEqual({ ...created, result: "unchanged" });

    const stored = await call<Contract>(admin, "GET", `/api/v1/contracts/${created.contractId}`);
    expect(stored).toMatchObject({ number: "RT-1", status: "active", holderPersonId: created.holderId, grantsMembership: true, version: 1 });
    expect(stored.productId).not.toBeNull();
    const holder = await call<Person>(admin, "GET", `/api/v1/persons/${created.holderId}`);
    // A new person is a suspect; its first active contract of a product granting membership makes it a member, in the same transaction.
    expect(holder).toMatchObject({ coverageFlags: ["health"], nature: "member" });

    const terminated = (await push(feedKey, record("RT-1", { status: "terminated", terminationDate: "2026-06-30" }))).json<Received>();
    expect(terminated).toEqual({ ...created, result: "updated" });
    expect((await call<Contract>(admin, "GET", `/api/v1/contracts/${created.contractId}`)).version).toBe(2);
    // All its contracts terminated: back to prospect.
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${created.holderId}`)).toMatchObject({ coverageFlags: [], nature: "prospect" });
    const history = await call<Page<{ changes: Record<string, unknown> }>>(admin, "GET", `/api/v1/audit?entity=person&id=${created.holderId}`);
    expect(JSON.stringify(history.items)).toContain("member");
    expect((await personsNamed(admin, "Durandal")).items.filter((item) => item.firstName === "Roland")).toHaveLength(1);
  });

  it("leaves a beneficiary a newer version drops a prospect, not a suspect", async () => {
    const spouse = { role: "spouse", lastName: "Quittard", firstName: "Odile", birthDate: "1977-07-07" };
    const family = { holder: person("Quittard", "Marc", "1976-06-06"), beneficiaries: [{ role: "main_insured", lastName: "Quittard", firstName: "Marc", birthDate: "1976-06-06" }, spouse] };
    expect((await push(feedKey, record("RT-DROP", family))).statusCode).toBe(200);
    const odile = () => personsNamed(admin, "Quittard Odile").then((page) => page.items[0]);
    expect(await odile()).toMatchObject({ nature: "member", coverageFlags: ["health"] });

    const withoutSpouse = (await push(feedKey, record("RT-DROP", { ...family, beneficiaries: family.beneficiaries.slice(0, 1) }))).json<Received>();
    expect(withoutSpouse.result).toBe("updated");
    expect(await odile()).toMatchObject({ nature: "prospect", coverageFlags: [] });
  });

  it("makes a client of the holder of active contracts none of which grants membership", async () => {
    const partner = { domain: "protection", productCode: undefined, formulaCode: undefined, productLabel: "Obsèques Partenaire", grantsMembership: false, holder: person("Clientèle", "Sam", "1966-06-06") };
    const received = (await push(feedKey, record("RT-CLIENT", partner))).json<Received>();
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${received.holderId}`)).toMatchObject({ nature: "client", coverageFlags: ["protection"] });
  });

  it("moves the flags and nature with the contracts a merge moves, and back with its undo", async () => {
    const partner = { domain: "protection", productCode: undefined, formulaCode: undefined, productLabel: "Obsèques Partenaire", grantsMembership: false };
    const kept = (await push(feedKey, record("RT-MERGE-KEPT", { ...partner, status: "terminated", terminationDate: "2026-02-01", holder: person("Fusionné", "Gardé", "1961-01-01") }))).json<Received>();
    const merged = (await push(feedKey, record("RT-MERGE-GONE", { ...partner, holder: person("Fusionné", "Parti", "1962-02-02") }))).json<Received>();
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${kept.holderId}`)).toMatchObject({ nature: "prospect", coverageFlags: [] });

    const merge = await call<{ id: string }>(admin, "POST", `/api/v1/persons/${kept.holderId}/merge`, { sourceId: merged.holderId });
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${kept.holderId}`)).toMatchObject({ nature: "client", coverageFlags: ["protection"] });

    await call(admin, "POST", `/api/v1/merges/${merge.id}/undo`);
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${kept.holderId}`)).toMatchObject({ nature: "prospect", coverageFlags: [] });
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${merged.holderId}`)).toMatchObject({ nature: "client", coverageFlags: ["protection"] });
  });

  it("refuses a faulty record on each field, and writes nothing", async () => {
    const response = await push(feedKey, record("RT-BAD", { status: "terminated", productCode: "NOPE", holder: { type: "company", siren: "123456789", name: "X" } }));
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ errors: Array<{ path: string; code: string }> }>().errors.map((error) => `${error.path}:${error.code}`);
    expect(paths).toEqual(expect.arrayContaining(["holder.siren:contract.invalid_siren", "terminationDate:contract.termination_date_required", "beneficiaries:contract.group_without_beneficiaries"]));
    const unknownProduct = await push(feedKey, record("RT-BAD", { productCode: "NOPE" }));
    expect(unknownProduct.json().errors).toEqual([expect.objectContaining({ path: "productCode", code: "contract.unknown_product" })]);
    // A catalogue product is filed under its range's domain: a health product sent as savings is refused, not flagged « épargne ».
    const otherDomain = await push(feedKey, record("RT-BAD", { domain: "savings_retirement" }));
    expect(otherDomain.statusCode, otherDomain.body).toBe(400);
    expect(otherDomain.json().errors).toEqual([expect.objectContaining({ path: "domain", code: "contract.domain_mismatch", message: "Domaine différent de celui du produit au catalogue : health" })]);
    expect((await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?q=RT-BAD")).total).toBe(0);
    // The year 0000 passes the ISO format, but the database has no such day: a field error, not a 500.
    const yearZero = await push(feedKey, record("RT-BAD", { startDate: "0000-01-01", beneficiaries: [{ role: "main_insured", lastName: "Durandal", firstName: "Roland", birthDate: "1975-03-03", endDate: "0000-12-31" }] }));
    expect(yearZero.statusCode, yearZero.body).toBe(400);
    expect(yearZero.json().errors).toEqual([expect.objectContaining({ path: "startDate", code: "contract.invalid_day" }), expect.objectContaining({ path: "beneficiaries.0.endDate", code: "contract.invalid_day" })]);
    const badCover = await push(
      feedKey,
      record("RT-BAD", {
        holder: { type: "person", lastName: "Durandal", firstName: "Roland", birthDate: "1975-03-03", address: { lines: ["1 rue A"], postalCode: "69003", city: "Lyon", country: "ZZ" } },
        beneficiaries: [{ role: "main_insured", lastName: "Durandal", firstName: "Roland", birthDate: "1975-03-03", startDate: "2026-05-01", endDate: "2026-02-01" }],
      }),
    );
    expect(badCover.statusCode, badCover.body).toBe(400);
    expect(badCover.json().errors).toEqual([
      expect.objectContaining({ path: "holder.address.country", code: "contract.invalid_country" }),
      expect.objectContaining({ path: "beneficiaries.0.endDate", code: "contract.beneficiary_end_before_start", message: "La fin de couverture du bénéficiaire précède son début" }),
    ]);
    expect((await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?q=RT-BAD")).total).toBe(0);
  });

  it("needs contract:import", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    expect((await push(advisor, record("RT-2"))).statusCode).toBe(403);
  });

  it("is for systems only: a person's cookie session is refused even with the permission", async () => {
    const refused = await push(admin, record("RT-COOKIE"));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("auth.api_key_required");
    const listed = await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?sourceSystem=TEST&perPage=100");
    expect(listed.items.map((contract) => contract.number)).not.toContain("RT-COOKIE");
  });
});

describe("demo contracts", () => {
  it("make some demo persons members and others clients, with their equipment flags", async () => {
    const members = await call<Page<Person>>(admin, "GET", "/api/v1/persons?nature=member&perPage=5");
    const clients = await call<Page<Person>>(admin, "GET", "/api/v1/persons?nature=client&perPage=5");
    expect(members.total).toBeGreaterThan(10);
    expect(clients.total).toBeGreaterThan(5);
    expect(members.items.every((item) => item.coverageFlags.includes("health"))).toBe(true);
    expect(clients.items.every((item) => item.coverageFlags.length > 0)).toBe(true);
  });
});

describe("the export", () => {
  it("writes statuses and domains as the screens name them, for people reading it in a spreadsheet", async () => {
    const partner = { status: "terminated", terminationDate: "2026-06-30", domain: "protection", productCode: undefined, formulaCode: undefined, productLabel: "Obsèques Partenaire", grantsMembership: false, holder: person("Exportin", "Iris", "1971-01-01") };
    expect((await push(feedKey, record("EXPORT-1", partner))).statusCode).toBe(200);
    const csv = await admin.request({ method: "GET", url: "/api/v1/contracts/export?format=csv&q=EXPORT-1" });
    expect(csv.statusCode, csv.body).toBe(200);
    const [header, row] = parseCsv(decodeText(csv.rawPayload)).map((record) => record.cells);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect([cell("numéro"), cell("statut"), cell("domaine")]).toEqual(["EXPORT-1", "Résilié", "Prévoyance"]);
  });

  it("writes the premium in euros and the days as days, as the quotes export does", async () => {
    expect((await push(feedKey, record("EXPORT-2", { premiumAnnualCents: 98450, terminationDate: "2026-06-30", status: "terminated", holder: person("Exportin", "Paul", "1972-02-02") }))).statusCode).toBe(200);
    const csv = await admin.request({ method: "GET", url: "/api/v1/contracts/export?format=csv&q=EXPORT-2" });
    const [header, row] = parseCsv(decodeText(csv.rawPayload)).map((record) => record.cells);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect([cell("cotisation annuelle (€)"), cell("début"), cell("résiliation")]).toEqual(["984,50", "2026-01-01", "2026-06-30"]);
    const xlsx = await admin.request({ method: "GET", url: "/api/v1/contracts/export?format=xlsx&q=EXPORT-2" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const column = (name: string) => (sheet?.getRow(1).values as unknown[]).indexOf(name);
    const line = sheet?.getRow(2);
    expect(line?.getCell(column("cotisation annuelle (€)")).value).toBe(984.5);
    expect(line?.getCell(column("début")).value).toEqual(new Date("2026-01-01T00:00:00Z"));
  });
});

describe("data scope", () => {
  it("shows a contract to whoever sees its holder, and to no advisor of another agency", async () => {
    const paris = await t.signIn("conseiller@alpha.demo");
    const lyon = await t.signIn("conseiller.lyon@alpha.demo");
    const holder = (await call<Page<Person>>(paris, "GET", "/api/v1/persons?postalCode=75011&perPage=50")).items.find((item) => item.birthDate && item.firstName);
    if (!holder?.firstName || !holder.birthDate) throw new Error("no Paris person with a birth date");
    const { contractId } = (await push(feedKey, record("SCOPE-1", { holder: person(holder.lastName, holder.firstName, holder.birthDate) }))).json<Received>();
    expect((await call<Page<Contract>>(paris, "GET", `/api/v1/contracts?personId=${holder.id}`)).items.map((item) => item.id)).toContain(contractId);
    expect((await call<Page<Contract>>(lyon, "GET", `/api/v1/contracts?personId=${holder.id}`)).total).toBe(0);
    expect((await lyon.request({ method: "GET", url: `/api/v1/contracts/${contractId}` })).statusCode).toBe(404);
    expect((await paris.request({ method: "GET", url: `/api/v1/contracts/${contractId}` })).statusCode).toBe(200);
  });
});

describe("beneficiaries matched through the duplicate service", () => {
  it("links a strong match, creates and lists for review an ambiguous one, creates an unknown one, and relates the family", async () => {
    const demo = (await call<Page<Person>>(admin, "GET", "/api/v1/persons?perPage=100")).items.find((item) => item.birthDate && item.firstName);
    if (!demo?.firstName || !demo.birthDate) throw new Error("no demo person with a birth date");
    // Two persons the rules cannot tell apart, declared distinct by a user: a third of that identity is ambiguous.
    const originId = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items.find((origin) => origin.code === "online_agency")?.id;
    const twin = { category: "individual", lastName: "Jumeau", firstName: "Max", birthDate: "1999-09-09", originId };
    const one = await call<Person>(admin, "POST", "/api/v1/persons", twin);
    await call<Person>(admin, "POST", "/api/v1/persons", { ...twin, duplicateResolution: { decision: "false_duplicate", candidateIds: [one.id] } });

    const received = (
      await push(
        feedKey,
        record("FAM-1", {
          holder: person(demo.lastName.toUpperCase(), demo.firstName, demo.birthDate),
          beneficiaries: [
            { role: "main_insured", lastName: demo.lastName, firstName: demo.firstName, birthDate: demo.birthDate },
            { role: "spouse", lastName: "Jumeau", firstName: "Max", birthDate: "1999-09-09" },
            { role: "child", lastName: "Nouveau", firstName: "Petit", birthDate: "2015-05-05" },
          ],
        }),
      )
    ).json<Received>();
    expect(received).toMatchObject({ result: "created", holderId: demo.id });
    const contract = await call<Contract>(admin, "GET", `/api/v1/contracts/${received.contractId}`);
    const [main, spouse, child] = contract.beneficiaries;
    expect(main?.personId).toBe(demo.id);
    expect((await personsNamed(admin, "Jumeau")).total).toBe(3);
    expect([one.id]).not.toContain(spouse?.personId);
    const review = await call<Page<{ recordA: { id: string }; recordB: { id: string }; status: string }>>(admin, "GET", "/api/v1/duplicate-candidates?target=person&status=open&perPage=100");
    const pairsWithSpouse = review.items.filter((pair) => pair.recordA.id === spouse?.personId || pair.recordB.id === spouse?.personId);
    expect(pairsWithSpouse).toHaveLength(2);
    expect((await personsNamed(admin, "Nouveau")).items.map((item) => item.id)).toEqual([child?.personId]);

    const relations = (await call<{ items: Array<{ type: string; personId: string }> }>(admin, "GET", `/api/v1/persons/${demo.id}/relations`)).items;
    expect(relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: "spouse_of", personId: spouse?.personId }), expect.objectContaining({ type: "parent_of", personId: child?.personId })]));
    // Replaying a newer version creates nobody again and no second relation.
    await push(feedKey, record("FAM-1", { premiumAnnualCents: 99900, holder: person(demo.lastName, demo.firstName, demo.birthDate), beneficiaries: contract.beneficiaries.map(({ role, lastName, firstName }, index) => ({ role, lastName, firstName, birthDate: [demo.birthDate, "1999-09-09", "2015-05-05"][index] })) }));
    expect((await personsNamed(admin, "Jumeau")).total).toBe(3);
    expect((await call<{ items: unknown[] }>(admin, "GET", `/api/v1/persons/${demo.id}/relations`)).items).toHaveLength(relations.length);
    expect((await call<Page<Contract>>(admin, "GET", `/api/v1/contracts?personId=${spouse?.personId}`)).items.map((item) => item.number)).toEqual(["FAM-1"]);
  });
});

describe("the daily feed", () => {
  it("imports the sample file as a job, reports each rejected line, and changes nothing when replayed", async () => {
    const upload = () => feedKey.request({ method: "POST", url: "/api/v1/integrations/back-office/feeds", ...multipartFile("flux-2026-03-01.jsonl", sample("back-office-feed.jsonl")) });
    const started = await upload();
    expect(started.statusCode, started.body).toBe(202);
    const job = await waitForJob(feedKey, started.json<{ jobId: string }>().jobId);
    expect(job).toMatchObject({ state: "succeeded", counters: { read: 7, created: 4, updated: 0, unchanged: 0, rejected: 3 } });
    const report = (await feedKey.request({ method: "GET", url: `/api/v1/files/${job.errorReportFileId}` })).body;
    expect(report).toContain("5;terminationDate;contract.termination_date_required");
    expect(report).toContain("6;;contract.feed_line_not_json");
    expect(report).toContain("7;productCode;contract.unknown_product");

    const group = (await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?q=PSA-2026-000103")).items[0];
    expect(group).toMatchObject({ beneficiaryCount: 3 });
    const enrolled = await call<Page<{ lastName: string; role: string }>>(admin, "GET", `/api/v1/contract-beneficiaries?holderCompanyId=${group?.holderCompanyId}&sort=lastName`);
    expect(enrolled.items.map((item) => `${item.lastName}:${item.role}`)).toEqual(["Employée:main_insured", "Salarié:main_insured", "Salarié:child"]);
    const camille = (await personsNamed(admin, "Échantillon")).items.find((item) => item.firstName === "Camille");
    expect(camille?.coverageFlags).toEqual(["health", "protection"]);
    const company = await call<{ coverageFlags: string[]; siren: string }>(admin, "GET", `/api/v1/companies/${group?.holderCompanyId}`);
    expect(company).toMatchObject({ siren: "552100554", coverageFlags: ["health"] });

    const again = await waitForJob(feedKey, (await upload()).json<{ jobId: string }>().jobId);
    expect(again.counters).toEqual({ read: 7, created: 0, updated: 0, unchanged: 4, rejected: 3 });
    const history = await call<Page<{ kind: string; state: string; counters: Record<string, number>; errorReportFileId: string | null }>>(feedKey, "GET", "/api/v1/contract-import-batches?kind=feed");
    // Who sent it: no user, the back office's key.
    expect(history.items[0]).toMatchObject({ kind: "feed", state: "succeeded", counters: again.counters, createdBy: null, createdByApiKeyName: "Back office PSA" });
  });

  it("creates a person two lines name once, names a line the persons module refuses while keeping the others, and keeps the last of two versions of a contract, so that a replay changes nothing", async () => {
    const lines = [
      record("BATCH-1", { holder: { ...person("Lefébure", "Anaïs", "1980-04-04"), email: "anais.lefebure@example.fr" } }),
      record("BATCH-2", { holder: person("LEFEBURE", "Anais", "1980-04-04") }),
      record("BATCH-3", { holder: { ...person("Téléphone", "Faux", "1981-05-05"), mobilePhone: "pas un numéro" } }),
      record("BATCH-1", { status: "terminated", terminationDate: "2026-06-30", holder: { ...person("Lefébure", "Anaïs", "1980-04-04"), email: "anais.lefebure@example.fr" } }),
    ];
    const file = Buffer.from(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
    const importFile = async () => waitForJob(feedKey, (await feedKey.request({ method: "POST", url: "/api/v1/integrations/back-office/feeds", ...multipartFile("flux-lot.jsonl", file) })).json<{ jobId: string }>().jobId);
    const job = await importFile();
    // Line 1 is an older version of BATCH-1, which line 4 names again: only the newest is written.
    expect(job).toMatchObject({ state: "succeeded", counters: { read: 4, created: 2, updated: 0, unchanged: 1, rejected: 1 } });
    const report = (await feedKey.request({ method: "GET", url: `/api/v1/files/${job.errorReportFileId}` })).body;
    expect(report).toMatch(/3;holder\.mobilePhone;/);
    const results = (await feedKey.request({ method: "GET", url: `/api/v1/files/${job.resultFileId}` })).body;
    expect(results).toContain("1;TEST/BATCH-1;inchangé");
    expect(results).toContain("4;TEST/BATCH-1;créé");
    const anais = (await personsNamed(admin, "Lefebure")).items;
    expect(anais).toHaveLength(1);
    const held = await call<Page<Contract>>(admin, "GET", `/api/v1/contracts?holderPersonId=${anais[0]?.id}`);
    expect(held.items.map((contract) => `${contract.number}:${contract.status}`).sort()).toEqual(["BATCH-1:terminated", "BATCH-2:active"]);
    expect((await personsNamed(admin, "Téléphone")).items).toHaveLength(0);

    // The same file again: nothing written, not even an audit entry (each older version used to be written again, then the newest).
    const batch1 = held.items.find((contract) => contract.number === "BATCH-1");
    const audited = async () => (await call<Page<unknown>>(admin, "GET", `/api/v1/audit?entity=contract&id=${batch1?.id}`)).total;
    const before = await audited();
    expect((await importFile()).counters).toEqual({ read: 4, created: 0, updated: 0, unchanged: 3, rejected: 1 });
    expect(await call<Contract>(admin, "GET", `/api/v1/contracts/${batch1?.id}`)).toMatchObject({ status: "terminated", version: batch1?.version });
    expect(await audited()).toBe(before);
  });

  it("refuses a line the database could not store on its member, and keeps the other lines of its batch", async () => {
    const lines = [
      record("STORE-1", { holder: person("Rangée", "Bonne", "1971-01-01") }),
      record("STORE-2", { startDate: "0000-01-01", holder: person("Rangée", "Zéro", "1972-02-02") }),
      record("STORE-3", { holder: person("Rangée", "Autre", "1973-03-03") }),
      record("STORE-4", { productCode: undefined, formulaCode: undefined, productLabel: "Nul\u0000", holder: person("Rangée", "Nul", "1974-04-04") }),
    ];
    const started = await feedKey.request({ method: "POST", url: "/api/v1/integrations/back-office/feeds", ...multipartFile("flux-stockable.jsonl", Buffer.from(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n`)) });
    const job = await waitForJob(feedKey, started.json<{ jobId: string }>().jobId);
    expect(job).toMatchObject({ state: "succeeded", counters: { read: 4, created: 2, rejected: 2 } });
    const report = (await feedKey.request({ method: "GET", url: `/api/v1/files/${job.errorReportFileId}` })).body;
    expect(report).toContain("2;startDate;contract.invalid_day;Date impossible");
    expect(report).toContain("4;productLabel;validation.invalid_character;Caractère non autorisé");
    expect((await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?q=STORE-&sort=number")).items.map((contract) => contract.number)).toEqual(["STORE-1", "STORE-3"]);
  });

  it("creates a new person with the flags and nature its contracts give, then audits and announces only what changes later", async () => {
    const file = Buffer.from(`${JSON.stringify(record("DERIVED-1", { holder: person("Dérivée", "Léa", "1984-08-08") }))}\n`);
    const started = await feedKey.request({ method: "POST", url: "/api/v1/integrations/back-office/feeds", ...multipartFile("flux-derive.jsonl", file) });
    expect(await waitForJob(feedKey, started.json<{ jobId: string }>().jobId)).toMatchObject({ state: "succeeded", counters: { created: 1 } });
    const [lea] = (await personsNamed(admin, "Dérivée")).items;
    if (!lea) throw new Error("the feed created nobody");
    expect(lea).toMatchObject({ coverageFlags: ["health"], nature: "member" });
    const audited = async (action: "create" | "update") => (await call<Page<{ action: string; changes: Record<string, unknown> }>>(admin, "GET", `/api/v1/audit?entity=person&id=${lea.id}&perPage=100`)).items.filter((entry) => entry.action === action).map((entry) => entry.changes);
    const natureEvents = () => t.platform.database.rows<{ payload: Record<string, unknown> }>(sql`select payload from domain_events where entity_id = ${lea.id} and type = 'person.nature_changed'`);
    // Born a member: its creation records the flags and nature, and nothing was rewritten, audited or announced after.
    const [creation] = await audited("create");
    expect(creation).toMatchObject({ coverageFlags: { before: null, after: ["health"] }, nature: { before: null, after: "member" } });
    expect(await audited("update")).toEqual([]);
    expect(await natureEvents()).toEqual([]);

    // A second contract in another domain changes the flags only: audited on its own entry, the nature neither audited nor announced.
    const partner = { domain: "protection", productCode: undefined, formulaCode: undefined, productLabel: "Obsèques Partenaire", grantsMembership: false, holder: person("Dérivée", "Léa", "1984-08-08") };
    expect((await push(feedKey, record("DERIVED-2", partner))).json<Received>()).toMatchObject({ result: "created", holderId: lea.id });
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${lea.id}`)).toMatchObject({ coverageFlags: ["health", "protection"], nature: "member" });
    expect(await audited("update")).toEqual([{ coverageFlags: { before: ["health"], after: ["health", "protection"] } }]);
    expect(await natureEvents()).toEqual([]);

    // Its contracts end one after the other: member → client (the partner's product grants no membership) → prospect, each change audited and announced.
    for (const number of ["DERIVED-1", "DERIVED-2"]) {
      const ended = number === "DERIVED-1" ? record(number, { holder: person("Dérivée", "Léa", "1984-08-08"), status: "terminated", terminationDate: "2026-06-30" }) : record(number, { ...partner, status: "terminated", terminationDate: "2026-06-30" });
      expect((await push(feedKey, ended)).json<Received>()).toMatchObject({ result: "updated" });
    }
    expect(await call<Person>(admin, "GET", `/api/v1/persons/${lea.id}`)).toMatchObject({ coverageFlags: [], nature: "prospect" });
    expect(await audited("update")).toEqual(expect.arrayContaining([{ nature: { before: "member", after: "client" } }, { nature: { before: "client", after: "prospect" } }]));
    const announced = (await natureEvents()).map((event) => event.payload);
    expect(announced).toHaveLength(2);
    expect(announced).toEqual(expect.arrayContaining([expect.objectContaining({ from: "member", to: "client" }), expect.objectContaining({ from: "client", to: "prospect" })]));
  });

  it("creates a batch's new persons with the assignment the rules give a person entered on screen", async () => {
    const originId = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items.find((origin) => origin.code === "online_agency")?.id;
    const places = [
      ["Rangée-Paris", "75011", "Paris"],
      ["Rangée-Lyon", "69003", "Lyon"],
      ["Rangée-Digne", "04000", "Digne-les-Bains"],
    ] as const;
    const address = (postalCode: string, city: string) => ({ lines: ["1 rue du Rang"], postalCode, city });
    const lines = places.map(([lastName, postalCode, city], index) => record(`ASSIGN-${index}`, { holder: { ...person(lastName, "Rang", "1970-07-07"), address: address(postalCode, city) } }));
    const started = await feedKey.request({ method: "POST", url: "/api/v1/integrations/back-office/feeds", ...multipartFile("flux-rang.jsonl", Buffer.from(`${lines.map((line) => JSON.stringify(line)).join("\n")}\n`)) });
    expect(await waitForJob(feedKey, started.json<{ jobId: string }>().jobId)).toMatchObject({ state: "succeeded", counters: { created: 3 } });
    type Assigned = { id: string; market: string | null; sectorId: string | null; introducerId: string | null; advisorId: string | null; assignmentSource: string | null; assignedAt: string | null };
    const assignment = ({ market, sectorId, introducerId, advisorId, assignmentSource, assignedAt }: Assigned) => ({ market, sectorId, introducerId, advisorId, assignmentSource, dated: assignedAt !== null });
    const fedIntroducers = [];
    for (const [lastName, postalCode, city] of places) {
      const [fed] = (await call<Page<Assigned>>(admin, "GET", `/api/v1/persons?q=${encodeURIComponent(lastName)}`)).items;
      if (!fed) throw new Error(`the feed did not create ${lastName}`);
      const entered = await call<Assigned>(admin, "POST", "/api/v1/persons", { category: "individual", lastName: `Saisie-${lastName}`, firstName: "Rang", originId, addresses: [{ kind: "main", ...address(postalCode, city) }] });
      expect(assignment(fed), lastName).toEqual(assignment(entered));
      fedIntroducers.push(fed.introducerId);
    }
    // Each new person has its own place's assignment (two agencies, and none where no rule covers the place).
    expect(new Set(fedIntroducers).size).toBe(3);
    expect(fedIntroducers[2]).toBeNull();
  });

  it("keeps each tenant's feed to itself", async () => {
    const started = await betaKey.request({ method: "POST", url: "/api/v1/integrations/back-office/feeds", ...multipartFile("flux.jsonl", sample("back-office-feed.jsonl")) });
    const job = await waitForJob(betaKey, started.json<{ jobId: string }>().jobId);
    // Beta's contracts are its own: the same numbers are created there, not found in alpha.
    expect(job.counters).toMatchObject({ created: 4, unchanged: 0 });
    const betaList = await call<Page<Contract>>(beta, "GET", "/api/v1/contracts?q=PSA-20&perPage=100");
    const alphaList = await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?q=PSA-20&perPage=100");
    expect(betaList.total).toBe(4);
    expect(betaList.items.map((item) => item.id).filter((id) => alphaList.items.some((other) => other.id === id))).toEqual([]);
    expect((await beta.request({ method: "GET", url: `/api/v1/contracts/${alphaList.items[0]?.id}` })).statusCode).toBe(404);
    const alphaHistory = await call<Page<{ id: string }>>(feedKey, "GET", "/api/v1/contract-import-batches?perPage=100");
    const betaHistory = await call<Page<{ id: string }>>(betaKey, "GET", "/api/v1/contract-import-batches?perPage=100");
    expect(betaHistory.items.filter((item) => alphaHistory.items.some((other) => other.id === item.id))).toEqual([]);
  });
});

describe("the 3-file intake", () => {
  const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** A sample CSV as the partner's spreadsheet would hold it: one sheet, every cell typed as text. */
  const asWorkbook = async (name: string): Promise<Buffer> => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Feuil1");
    for (const record of parseCsv(decodeText(sample(name)))) sheet.addRow(record.cells.map((cell) => (cell === "" ? null : cell)));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const files = async (format: "csv" | "xlsx" = "csv", extra: Array<[field: string, name: string]> = []) => {
    const boundary = "----adhesia-intake";
    const part = async (field: string, name: string) => {
      const [data, fileName, type] = format === "csv" ? [sample(name), name, "text/csv"] : [await asWorkbook(name), name.replace(/\.csv$/, ".xlsx"), xlsxType];
      return Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`), data, Buffer.from("\r\n")]);
    };
    const named: Array<[string, string]> = [["holders", "intake-holders.csv"], ["contracts", "intake-contracts.csv"], ["beneficiaries", "intake-beneficiaries.csv"], ...extra];
    const payload = Buffer.concat([...(await Promise.all(named.map(([field, name]) => part(field, name)))), Buffer.from(`--${boundary}--\r\n`)]);
    return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload };
  };
  interface Preview {
    batchId: string;
    counters: Record<string, number>;
    lines: Array<{ line: number; key: string; result: string; errors: Array<{ file: string; line: number; column: string; code: string; message: string }> }>;
    errors: Array<{ file: string; line: number; column: string; code: string }>;
  }

  it("refuses a file beyond the three, naming its part, rather than a size error", async () => {
    for (const extra of [["notes", "intake-holders.csv"], ["holders", "intake-holders.csv"]] as Array<[string, string]>) {
      const refused = await feedKey.request({ method: "POST", url: "/api/v1/integrations/contract-intakes", ...(await files("csv", [extra])) });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json()).toMatchObject({ code: "file.unexpected_part", errors: [{ path: extra[0], code: "file.unexpected_part" }] });
    }
    expect((await call<Page<unknown>>(admin, "GET", "/api/v1/contract-import-batches?kind=intake")).total).toBe(0);
  });

  it("simulates line by line without writing, then imports once confirmed, idempotently", async () => {
    const previewed = await feedKey.request({ method: "POST", url: "/api/v1/integrations/contract-intakes", ...(await files()) });
    expect(previewed.statusCode, previewed.body).toBe(200);
    const preview = previewed.json<Preview>();
    expect(preview.counters).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 2 });
    expect(preview.lines.find((line) => line.key.endsWith("PART-004"))?.errors).toEqual([expect.objectContaining({ file: "contracts", line: 5, column: "holder_ref", code: "contract.intake_unknown_holder" })]);
    expect(preview.lines.find((line) => line.key.endsWith("PART-005"))?.errors).toEqual([expect.objectContaining({ file: "holders", line: 5, column: "birth_date" })]);
    expect(preview.errors).toEqual([expect.objectContaining({ file: "beneficiaries", line: 6, code: "contract.intake_unknown_contract" })]);
    expect((await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?sourceSystem=ASSUR-PARTENAIRE")).total).toBe(0);
    expect((await personsNamed(admin, "Partenaire")).total).toBe(0);

    const confirmed = await call<{ jobId: string }>(feedKey, "POST", `/api/v1/integrations/contract-intakes/${preview.batchId}/confirm`);
    expect((await call<{ jobId: string }>(feedKey, "POST", `/api/v1/integrations/contract-intakes/${preview.batchId}/confirm`)).jobId).toBe(confirmed.jobId);
    const job = await waitForJob(feedKey, confirmed.jobId);
    expect(job).toMatchObject({ state: "succeeded", counters: { read: 5, created: 3, rejected: 2 } });
    const imported = await call<Page<Contract>>(admin, "GET", "/api/v1/contracts?sourceSystem=ASSUR-PARTENAIRE&sort=number");
    expect(imported.items.map((item) => item.number)).toEqual(["PART-001", "PART-002", "PART-003"]);
    const ines = (await personsNamed(admin, "Partenaire")).items.find((item) => item.firstName === "Inès");
    expect(ines?.coverageFlags).toEqual(["health", "savings_retirement"]);

    const again = (await feedKey.request({ method: "POST", url: "/api/v1/integrations/contract-intakes", ...(await files()) })).json<Preview>();
    expect(again.counters).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 2 });
  });

  it("reads the same three files as XLSX workbooks as it reads them as CSV", async () => {
    // After the CSV intake above: the workbooks' contracts hash as the stored ones, so each cell was read alike.
    const previewed = await feedKey.request({ method: "POST", url: "/api/v1/integrations/contract-intakes", ...(await files("xlsx")) });
    expect(previewed.statusCode, previewed.body).toBe(200);
    const preview = previewed.json<Preview>();
    expect(preview.counters).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 2 });
    expect(preview.lines.find((line) => line.key.endsWith("PART-005"))?.errors).toEqual([expect.objectContaining({ file: "holders", line: 5, column: "birth_date" })]);
    expect(preview.errors).toEqual([expect.objectContaining({ file: "beneficiaries", line: 6, code: "contract.intake_unknown_contract" })]);
  });
});
