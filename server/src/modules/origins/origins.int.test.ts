import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../platform/auth/context.js";
import { Problem } from "../../platform/http/problem.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { waitForJob, type FinishedJob } from "../../test-support/jobs.js";
import { OriginsService } from "./origins-service.js";

interface Origin {
  id: string;
  code: string;
  label: string;
  labelEn: string | null;
  kind: string;
  startDate: string | null;
  endDate: string | null;
  costCents: number | null;
  active: boolean;
  system: boolean;
  version: number;
}
type Job = FinishedJob;
type Page<T> = { items: T[]; total: number; page: number; perPage: number };

let t: TestApp;
let admin: Caller;
let beta: Caller;
let advisor: Caller;
beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  beta = await t.signIn("admin@beta.demo");
  advisor = await t.signIn("conseiller@alpha.demo");
});
afterAll(async () => t.close());

const create = (caller: Caller, payload: Record<string, unknown>) => caller.request({ method: "POST", url: "/api/v1/origins", payload });
const list = async (caller: Caller, query = "") => (await caller.request({ method: "GET", url: `/api/v1/origins?perPage=500${query}` })).json<Page<Origin>>();
const byCode = async (caller: Caller, code: string) => (await list(caller, `&q=${encodeURIComponent(code)}`)).items.find((item) => item.code === code);
const auditOf = async (id: string) => (await admin.request({ method: "GET", url: `/api/v1/audit?entity=origin&id=${id}` })).json<Page<{ action: string; changes: Record<string, unknown> }>>();

function multipart(name: string, content: Buffer | string, contentType: string) {
  const boundary = "----adhesia-origins";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload };
}


async function importFile(caller: Caller, name: string, content: Buffer | string, contentType = "text/csv"): Promise<{ jobId: string; job: Job }> {
  const started = await caller.request({ method: "POST", url: "/api/v1/origins/import", ...multipart(name, content, contentType) });
  expect(started.statusCode, started.body).toBe(202);
  const { jobId } = started.json<{ jobId: string }>();
  return { jobId, job: await waitForJob(caller, jobId) };
}

describe("system origins", () => {
  const systemCodes = ["back_office", "comparator_les_furets", "comparator_meilleure_assurance", "contract_intake", "online_agency"];

  it("exist in every tenant, listed first", async () => {
    for (const caller of [admin, beta]) {
      const body = await list(caller);
      expect(body.items.filter((item) => item.system).map((item) => item.code).sort()).toEqual(systemCodes);
      expect(body.items.slice(0, 3).every((item) => item.system)).toBe(true);
    }
    expect(await byCode(admin, "comparator_meilleure_assurance")).toMatchObject({ label: "Comparateur Meilleure Assurance", kind: "comparator", active: true, system: true });
    expect(await byCode(admin, "comparator_les_furets")).toMatchObject({ label: "Comparateur Les Furets", kind: "comparator" });
    expect(await byCode(beta, "online_agency")).toMatchObject({ label: "Agence en ligne", kind: "web_site" });
  });

  it("can be neither changed nor deleted", async () => {
    const origin = await byCode(admin, "online_agency");
    const url = `/api/v1/origins/${origin?.id}`;
    const patch = await admin.request({ method: "PATCH", url, payload: { label: "Autre", version: origin?.version } });
    expect(patch.statusCode).toBe(409);
    expect(patch.json()).toMatchObject({ code: "origin.system_readonly", title: expect.stringContaining("ne peut être ni modifiée ni supprimée") });
    const deactivate = await admin.request({ method: "PATCH", url, payload: { active: false, version: origin?.version } });
    expect(deactivate.json().code).toBe("origin.system_readonly");
    const removal = await admin.request({ method: "DELETE", url, headers: { "accept-language": "en" } });
    expect(removal.statusCode).toBe(409);
    expect(removal.json()).toMatchObject({ code: "origin.system_readonly", title: "This system origin is used by the interfaces: it can be neither changed nor deleted" });
    expect((await admin.request({ method: "GET", url })).json()).toMatchObject({ label: "Agence en ligne", version: origin?.version, active: true });
  });
});

describe("origins CRUD", () => {
  it("creates, reads, lists with filters, updates and deletes an origin, with its history", async () => {
    const created = await create(admin, {
      code: "salon_seniors_2026",
      label: "Salon des seniors 2026",
      labelEn: "Seniors fair 2026",
      kind: "event",
      startDate: "2026-03-01",
      endDate: "2026-03-03",
      costCents: 1250000,
    });
    expect(created.statusCode, created.body).toBe(201);
    const origin = created.json<Origin>();
    expect(origin).toMatchObject({ code: "salon_seniors_2026", kind: "event", startDate: "2026-03-01", endDate: "2026-03-03", costCents: 1250000, active: true, system: false, version: 1 });
    expect((await admin.request({ method: "GET", url: `/api/v1/origins/${origin.id}` })).json()).toEqual(origin);

    await create(admin, { code: "emailing_mars", label: "E-mailing de mars", kind: "campaign" });
    const events = await list(admin, "&kind=event");
    expect(events.items.map((item) => item.code)).toEqual(["salon_seniors_2026"]);
    const search = await list(admin, "&q=seniors");
    expect(search.items.map((item) => item.code)).toEqual(["salon_seniors_2026"]);
    const paged = (await admin.request({ method: "GET", url: "/api/v1/origins?sort=-code&perPage=2&page=1" })).json<Page<Origin>>();
    expect(paged).toMatchObject({ page: 1, perPage: 2, total: 7 });
    expect(paged.items.map((item) => item.code)).toEqual(["salon_seniors_2026", "online_agency"]);

    const updated = await admin.request({ method: "PATCH", url: `/api/v1/origins/${origin.id}`, payload: { label: "Salon seniors Lyon", active: false, costCents: null, version: 1 } });
    expect(updated.json()).toMatchObject({ label: "Salon seniors Lyon", active: false, costCents: null, version: 2 });
    expect((await list(admin, "&active=false")).items.map((item) => item.code)).toEqual(["salon_seniors_2026"]);
    expect((await list(admin, "&active=true")).items.map((item) => item.code)).not.toContain("salon_seniors_2026");

    const removed = await admin.request({ method: "DELETE", url: `/api/v1/origins/${origin.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await admin.request({ method: "GET", url: `/api/v1/origins/${origin.id}` })).statusCode).toBe(404);
    const history = await auditOf(origin.id);
    expect(history.items.map((item) => item.action)).toEqual(["delete", "update", "create"]);
    expect(history.items[1]?.changes).toEqual({
      label: { before: "Salon des seniors 2026", after: "Salon seniors Lyon" },
      active: { before: true, after: false },
      costCents: { before: 1250000, after: null },
    });
  });

  it("refuses a code already used, on the code field", async () => {
    await create(admin, { code: "partenaire_banque", label: "Banque partenaire", kind: "partner" });
    const again = await create(admin, { code: "partenaire_banque", label: "Autre", kind: "other" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "record.already_exists", errors: [{ path: "code", code: "record.already_exists", message: "Une fiche avec ce code existe déjà" }] });
    const system = await create(admin, { code: "online_agency", label: "Doublon", kind: "web_site" });
    expect(system.statusCode).toBe(409);
  });

  it("reports invalid fields one by one as problem+json, and writes nothing", async () => {
    const response = await create(admin, { code: "bad code", label: "", kind: "tv", startDate: "2026-02-30", costCents: -1 });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const problem = response.json<{ code: string; errors: Array<{ path: string; code: string; message: string }> }>();
    expect(problem.code).toBe("validation.failed");
    expect(problem.errors.map((error) => [error.path, error.code])).toEqual([
      ["code", "validation.invalid_format"],
      ["label", "validation.too_small"],
      ["kind", "validation.invalid_value"],
      ["startDate", "validation.invalid_format"],
      ["costCents", "validation.too_small"],
    ]);
    expect((await list(admin, "&q=bad")).total).toBe(0);
  });

  it("refuses an end date before the start date, on endDate, also against the stored start", async () => {
    const refused = await create(admin, { code: "webinaire", label: "Webinaire", kind: "event", startDate: "2026-05-10", endDate: "2026-05-09" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: "endDate", code: "origin.end_before_start", message: "La date de fin précède la date de début" }]);
    const origin = (await create(admin, { code: "webinaire", label: "Webinaire", kind: "event", startDate: "2026-05-10" })).json<Origin>();
    const patch = await admin.request({ method: "PATCH", url: `/api/v1/origins/${origin.id}`, payload: { endDate: "2026-05-01", version: 1 } });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors).toEqual([expect.objectContaining({ path: "endDate", code: "origin.end_before_start" })]);
  });

  it("reports the dates' order with every other field error, in one answer", async () => {
    const refused = await create(admin, { code: "mauvais code", label: "", kind: "salon", startDate: "2026-05-10", endDate: "2026-05-09", costCents: -1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: Array<{ path: string; code: string }> }>().errors.map((error) => `${error.path}:${error.code}`).sort()).toEqual(
      ["code:validation.invalid_format", "costCents:validation.too_small", "endDate:origin.end_before_start", "kind:validation.invalid_value", "label:validation.too_small"].sort(),
    );
    const origin = (await create(admin, { code: "atelier", label: "Atelier", kind: "event" })).json<Origin>();
    const patch = await admin.request({ method: "PATCH", url: `/api/v1/origins/${origin.id}`, payload: { kind: "salon", startDate: "2026-05-10", endDate: "2026-05-01", version: 1 } });
    expect(patch.json<{ errors: Array<{ path: string; code: string }> }>().errors.map((error) => `${error.path}:${error.code}`)).toEqual(["kind:validation.invalid_value", "endDate:origin.end_before_start"]);
  });

  it("keeps its version and history on a PATCH that changes nothing", async () => {
    const origin = (await create(admin, { code: "inchangee", label: "Inchangée", kind: "event", costCents: 1000 })).json<Origin>();
    const same = await admin.request({ method: "PATCH", url: `/api/v1/origins/${origin.id}`, payload: { label: "Inchangée", costCents: 1000, version: 1 } });
    expect(same.json()).toMatchObject({ version: 1 });
    const history = await admin.request({ method: "GET", url: `/api/v1/audit?entity=origin&id=${origin.id}` });
    expect(history.json<{ items: Array<{ action: string }> }>().items.map((entry) => entry.action)).toEqual(["create"]);
  });

  it("refuses a stale version with 409", async () => {
    const origin = (await create(admin, { code: "radio_locale", label: "Radio locale", kind: "campaign" })).json<Origin>();
    const url = `/api/v1/origins/${origin.id}`;
    expect((await admin.request({ method: "PATCH", url, payload: { costCents: 50000, version: 1 } })).json()).toMatchObject({ version: 2, costCents: 50000 });
    const stale = await admin.request({ method: "PATCH", url, payload: { label: "Radio", version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("record.version_conflict");
  });

  it("lets an advisor read but not write; marketing writes", async () => {
    expect((await advisor.request({ method: "GET", url: "/api/v1/origins" })).statusCode).toBe(200);
    const origin = await byCode(advisor, "radio_locale");
    expect((await advisor.request({ method: "GET", url: `/api/v1/origins/${origin?.id}` })).statusCode).toBe(200);
    const refused = await create(advisor, { code: "x_advisor", label: "x", kind: "other" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "auth.forbidden", title: "Vous n'avez pas la permission origin:write" });
    expect((await advisor.request({ method: "PATCH", url: `/api/v1/origins/${origin?.id}`, payload: { label: "y", version: 2 } })).statusCode).toBe(403);
    expect((await advisor.request({ method: "DELETE", url: `/api/v1/origins/${origin?.id}` })).statusCode).toBe(403);
    expect((await advisor.request({ method: "POST", url: "/api/v1/origins/import", ...multipart("o.csv", "code;label;kind\n", "text/csv") })).statusCode).toBe(403);
    const marketing = await t.signIn("marketing@alpha.demo");
    expect((await create(marketing, { code: "marketing_ok", label: "Marketing", kind: "campaign" })).statusCode).toBe(201);
  });

  it("keeps each tenant's origins to itself", async () => {
    const origin = (await create(admin, { code: "alpha_secret", label: "Alpha seulement", kind: "other" })).json<Origin>();
    const url = `/api/v1/origins/${origin.id}`;
    expect((await beta.request({ method: "GET", url })).statusCode).toBe(404);
    expect((await beta.request({ method: "PATCH", url, payload: { label: "pris", version: 1 } })).statusCode).toBe(404);
    expect((await beta.request({ method: "DELETE", url })).statusCode).toBe(404);
    expect((await list(beta)).items.map((item) => item.code)).not.toContain("alpha_secret");
    expect((await create(beta, { code: "alpha_secret", label: "Même code chez bêta", kind: "other" })).statusCode).toBe(201);
  });

  it("refuses to delete an origin a registered usage check finds in use, and deletes it when none does", async () => {
    const service = new OriginsService(t.platform.database);
    const origin = (await create(admin, { code: "used_origin", label: "Utilisée", kind: "referral" })).json<Origin>();
    const tenantId = (await admin.request({ method: "GET", url: "/api/v1/me" })).json<{ user: { tenantId: string } }>().user.tenantId;
    const ctx = systemContext(tenantId, ["origin:read", "origin:write"]);
    const seen: string[] = [];
    service.registerUsageCheck(async (_tx, checkedTenant, candidate) => {
      seen.push(`${checkedTenant}:${candidate.code}`);
      return candidate.id === origin.id;
    });
    await expect(service.delete(ctx, origin.id)).rejects.toSatisfy((error) => error instanceof Problem && error.status === 409 && error.code === "origin.in_use");
    expect(seen).toEqual([`${tenantId}:used_origin`]);
    const other = (await create(admin, { code: "unused_origin", label: "Inutilisée", kind: "referral" })).json<Origin>();
    await service.delete(ctx, other.id);
    expect((await admin.request({ method: "GET", url: `/api/v1/origins/${other.id}` })).statusCode).toBe(404);
    expect((await admin.request({ method: "GET", url: `/api/v1/origins/${origin.id}` })).statusCode).toBe(200);
  });
});

describe("origins import", () => {
  const csv = [
    "code;label;label_en;kind;start_date;end_date;cost",
    "imp_salon;Salon de l'habitat;Home fair;event;01/03/2026;2026-03-05;1 500,50",
    "imp_bad;;;tv;31/02/2026;;-3",
    "imp_web;Site « Mutuelle Alpha »;;web_site;;;",
    "",
    "online_agency;Agence en ligne bis;;web_site;;;",
    "imp_salon;Doublon;;event;;;",
    "imp_dates;Dates inversées;;campaign;2026-04-10;2026-04-01;10.5",
    '"imp_quoted";"Parrainage ""famille""; amis";;referral;;;0',
  ].join("\r\n");

  it("validates each line, upserts the good ones by code and reports the bad ones in French", async () => {
    const { jobId, job } = await importFile(admin, "origines.csv", `\ufeff${csv}\r\n`);
    expect(job).toMatchObject({ state: "succeeded", progress: 100, counters: { read: 7, created: 3, updated: 0, unchanged: 0, rejected: 4 } });
    expect(await byCode(admin, "imp_salon")).toMatchObject({ label: "Salon de l'habitat", labelEn: "Home fair", kind: "event", startDate: "2026-03-01", endDate: "2026-03-05", costCents: 150050, version: 1 });
    expect(await byCode(admin, "imp_web")).toMatchObject({ label: "Site « Mutuelle Alpha »", labelEn: null, costCents: null });
    expect(await byCode(admin, "imp_quoted")).toMatchObject({ label: 'Parrainage "famille"; amis', kind: "referral", costCents: 0 });
    expect(await byCode(admin, "imp_bad")).toBeUndefined();
    expect(await byCode(admin, "imp_dates")).toBeUndefined();
    expect((await byCode(admin, "online_agency"))?.label).toBe("Agence en ligne");

    const report = await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/error-report` });
    expect(report.statusCode).toBe(200);
    expect(report.headers["content-type"]).toContain("text/csv");
    expect(report.body.replace(/^\ufeff/, "").trim().split("\n")).toEqual([
      "ligne;colonne;code;message",
      "3;label;validation.required;Ce champ est obligatoire",
      "3;kind;origin.invalid_kind;Type d'origine inconnu : tv (attendu : campaign, event, comparator, spontaneous_call, web_site, partner, referral ou other)",
      "3;start_date;origin.invalid_date;Date invalide : 31/02/2026 (AAAA-MM-JJ ou JJ/MM/AAAA attendu)",
      "3;cost;origin.invalid_cost;Coût invalide : -3 (montant positif en euros, deux décimales au plus, ex. 1500,50)",
      "6;code;origin.system_readonly;Cette origine système sert aux interfaces : elle ne peut être ni modifiée ni supprimée",
      "7;code;origin.duplicate_in_file;Ce code figure déjà à la ligne 2 du fichier",
      "8;end_date;origin.end_before_start;La date de fin précède la date de début",
    ]);
    const result = await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/result` });
    expect(result.headers["content-disposition"]).toContain("compte-rendu-origines.csv");
    expect(result.body.replace(/^\ufeff/, "").trim().split("\n")).toEqual([
      "ligne;code;resultat",
      "2;imp_salon;créée",
      "3;imp_bad;rejetée",
      "4;imp_web;créée",
      "6;online_agency;rejetée",
      "7;imp_salon;rejetée",
      "8;imp_dates;rejetée",
      "9;imp_quoted;créée",
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await byCode(admin, "imp_salon");
    const auditBefore = (await auditOf(before?.id ?? "")).total;
    const { job } = await importFile(admin, "origines.csv", `\ufeff${csv}\r\n`);
    expect(job.counters).toEqual({ read: 7, created: 0, updated: 0, unchanged: 3, rejected: 4 });
    const after = await byCode(admin, "imp_salon");
    expect(after).toEqual(before);
    expect((await auditOf(before?.id ?? "")).total).toBe(auditBefore);
  });

  it("updates what differs, keeps fields whose column is absent, with a comma separator and no BOM", async () => {
    const { job } = await importFile(admin, "maj.csv", "code,label,kind,cost\nimp_salon,Salon de l'habitat,event,\"2000,00\"\nimp_web,Site « Mutuelle Alpha »,web_site,\n");
    expect(job).toMatchObject({ state: "succeeded", counters: { read: 2, created: 0, updated: 1, unchanged: 1, rejected: 0 }, errorReportFileId: null });
    const salon = await byCode(admin, "imp_salon");
    expect(salon).toMatchObject({ costCents: 200000, labelEn: "Home fair", startDate: "2026-03-01", version: 2 });
    const history = await auditOf(salon?.id ?? "");
    expect(history.items[0]).toMatchObject({ action: "update", changes: { costCents: { before: 150050, after: 200000 } } });
  });

  it("imports an XLSX workbook with typed cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Origines");
    sheet.addRow(["code", "label", "label_en", "kind", "start_date", "end_date", "cost"]);
    sheet.addRow(["xlsx_tv", "Spot TV régional", "Regional TV ad", "campaign", new Date(Date.UTC(2026, 5, 1)), "30/06/2026", 19999.99]);
    sheet.addRow([1234, "Code numérique", null, "Autre", null, null, 0.1 + 0.2]);
    sheet.addRow(["xlsx_bad", "Mauvais type", null, "inconnu", null, null, null]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const { jobId, job } = await importFile(admin, "origines.xlsx", data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(job).toMatchObject({ state: "succeeded", counters: { read: 3, created: 2, updated: 0, unchanged: 0, rejected: 1 } });
    expect(await byCode(admin, "xlsx_tv")).toMatchObject({ label: "Spot TV régional", startDate: "2026-06-01", endDate: "2026-06-30", costCents: 1999999 });
    expect(await byCode(admin, "1234")).toMatchObject({ kind: "other", costCents: 30 });
    const report = await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/error-report` });
    expect(report.body).toContain("4;kind;origin.invalid_kind;");
    const again = await importFile(admin, "origines.xlsx", data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(again.job.counters).toEqual({ read: 3, created: 0, updated: 0, unchanged: 2, rejected: 1 });
  });

  it("rejects every line of a file without the required columns", async () => {
    const { jobId, job } = await importFile(admin, "sans-type.csv", "code;label\na;A\nb;B\n");
    expect(job.counters).toEqual({ read: 2, created: 0, updated: 0, unchanged: 0, rejected: 2 });
    expect((await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/error-report` })).body).toContain("1;kind;origin.import_missing_column;Colonne obligatoire absente : kind");
  });

  it("refuses a request without a file or with a file that is neither CSV nor XLSX", async () => {
    const none = await admin.request({ method: "POST", url: "/api/v1/origins/import", payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe("file.missing");
    const pdf = await admin.request({ method: "POST", url: "/api/v1/origins/import", ...multipart("o.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", "application/pdf") });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().code).toBe("file.type_not_allowed");
    const fake = await admin.request({ method: "POST", url: "/api/v1/origins/import", ...multipart("o.xlsx", "code;label;kind\n", "text/csv") });
    expect(fake.statusCode).toBe(415);
  });
});

describe("origins export", () => {
  it("streams the filtered list as CSV, in the import's columns", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/origins/export?format=csv&q=imp_&sort=code" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toContain("origines.csv");
    const lines = response.body.replace(/^\ufeff/, "").trim().split("\n");
    expect(lines[0]).toBe("code;label;label_en;kind;start_date;end_date;cost;active;system");
    expect(lines.slice(1)).toEqual([
      'imp_quoted;"Parrainage ""famille""; amis";;referral;;;0,00;oui;non',
      "imp_salon;Salon de l'habitat;Home fair;event;2026-03-01;2026-03-05;2000,00;oui;non",
      "imp_web;Site « Mutuelle Alpha »;;web_site;;;;oui;non",
    ]);
    expect((await beta.request({ method: "GET", url: "/api/v1/origins/export?q=imp_" })).body).not.toContain("imp_salon");
  });

  it("streams XLSX that reads back, and re-imports as unchanged", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/origins/export?format=xlsx&kind=event&q=imp_salon" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, "code", "label", "label_en", "kind", "start_date", "end_date", "cost", "active", "system"]);
    expect(sheet?.getRow(2).getCell(1).value).toBe("imp_salon");
    expect(sheet?.getRow(2).getCell(5).value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(sheet?.getRow(2).getCell(7).value).toBe(2000);
    const { job } = await importFile(admin, "origines.xlsx", response.rawPayload, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(job.counters).toEqual({ read: 1, created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it("re-imports the whole export, system origins included, as unchanged", async () => {
    const exported = await admin.request({ method: "GET", url: "/api/v1/origins/export?format=csv" });
    const rows = exported.body.replace(/^\ufeff/, "").trim().split("\n").length - 1;
    expect(exported.body).toContain("online_agency;");
    const { job } = await importFile(admin, "origines.csv", exported.body);
    expect(job.counters).toEqual({ read: rows, created: 0, updated: 0, unchanged: rows, rejected: 0 });
  });

  it("needs origin:read and a known sort field", async () => {
    expect((await admin.request({ method: "GET", url: "/api/v1/origins/export?sort=nope" })).statusCode).toBe(400);
    const response = await t.app.inject({ method: "GET", url: "/api/v1/origins/export" });
    expect(response.statusCode).toBe(401);
  });
});
