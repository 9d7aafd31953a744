import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartFile } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { expireQuotes, QUOTE_EXPIRY_TASK } from "./quote-expiry.js";
import { QuotesService } from "./quotes-service.js";

type Page<T> = { items: T[]; total: number };
interface Outcome {
  quote: { id: string; number: string; state: string; nextStates: string[]; annualGrossCents: number; monthlyGrossCents: number | null; tariffVersion: string | null; pricing: { lines: unknown[] } | null; beneficiaries: Array<{ role: string; personId: string | null }> };
  opportunity: { id: string; state: string };
}

let t: TestApp;
let admin: Caller;
let originId: string;
let product: { id: string; formulaId: string };

async function call<T>(caller: Caller, method: "GET" | "POST" | "PUT", url: string, payload?: Record<string, unknown>): Promise<T> {
  const response = await caller.request({ method, url, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

let count = 0;
/** A person with what pricing needs (birth date, main address, social regime) and an opportunity. */
async function opportunity(): Promise<{ personId: string; opportunityId: string }> {
  count += 1;
  const { id: personId } = await call<{ id: string }>(admin, "POST", "/api/v1/persons", {
    category: "individual",
    lastName: `Devis${"z".repeat(count)}`,
    firstName: "Marc",
    birthDate: "1980-05-17",
    socialRegime: "general",
    originId,
    addresses: [{ kind: "main", lines: ["4 rue de la Paix"], postalCode: "69003", city: "Lyon" }],
  });
  const { id: opportunityId } = await call<{ id: string }>(admin, "POST", "/api/v1/opportunities", { personId, domain: "health", originId });
  return { personId, opportunityId };
}

const nextMonth = (): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
};
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  originId = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items.find((origin) => origin.code === "online_agency")?.id ?? "";
  const products = await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/products?perPage=100");
  const id = products.items.find((item) => item.code === "SANTE_PARTICULIERS")?.id ?? "";
  const formulas = await call<{ items: Array<{ id: string; code: string }> }>(admin, "GET", `/api/v1/formulas?productId=${id}`);
  product = { id, formulaId: formulas.items.find((formula) => formula.code === "CONFORT")?.id ?? "" };
});
afterAll(async () => t.close());

describe("quotes", () => {
  it("prices a quote for the household, stores amounts, lines and tariff version, and attaches its PDF", async () => {
    const { personId, opportunityId } = await opportunity();
    const outcome = await call<Outcome>(admin, "POST", "/api/v1/quotes", {
      opportunityId,
      kind: "priced",
      productId: product.id,
      formulaId: product.formulaId,
      effectiveDate: nextMonth(),
      beneficiaries: [{ role: "main_insured", personId }, { role: "child", birthDate: "2016-02-03", firstName: "Zoé" }],
    });
    expect(outcome.opportunity.state).toBe("proposal");
    expect(outcome.quote).toMatchObject({ state: "to_issue", number: expect.stringMatching(/^DEV-\d{4}-\d{6}$/), tariffVersion: expect.any(String) });
    expect(outcome.quote.annualGrossCents).toBe((outcome.quote.monthlyGrossCents ?? 0) * 12);
    expect(outcome.quote.pricing?.lines.length).toBeGreaterThan(2);
    expect(outcome.quote.beneficiaries).toEqual([expect.objectContaining({ role: "main_insured", personId }), expect.objectContaining({ role: "child", personId: null })]);
    const attachments = await call<{ items: Array<{ fileId: string; name: string; contentType: string }> }>(admin, "GET", `/api/v1/quotes/${outcome.quote.id}/attachments`);
    expect(attachments.items).toEqual([expect.objectContaining({ name: `devis-${outcome.quote.number}.pdf`, contentType: "application/pdf" })]);
    const file = await admin.request({ method: "GET", url: `/api/v1/files/${attachments.items[0]?.fileId}` });
    const pdf = await PDFDocument.load(file.rawPayload);
    expect(pdf.getTitle()).toBe(`Devis ${outcome.quote.number}`);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it("keeps a priced quote as it was when its product leaves the sale, and refuses a new one on the field to change", async () => {
    const { personId, opportunityId } = await opportunity();
    const request = { opportunityId, kind: "priced", productId: product.id, formulaId: product.formulaId, effectiveDate: nextMonth(), beneficiaries: [{ role: "main_insured", personId }] };
    const wrongChannel = await admin.request({ method: "POST", url: "/api/v1/quotes", payload: { ...request, channel: "broker" } });
    expect(wrongChannel.statusCode).toBe(400);
    expect(wrongChannel.json().errors).toEqual([expect.objectContaining({ path: "channel", code: "catalogue.not_sold_on_channel" })]);
    const { quote } = await call<Outcome>(admin, "POST", "/api/v1/quotes", { ...request, channel: "online" });
    const setActive = async (active: boolean) => {
      const { version } = await call<{ version: number }>(admin, "GET", `/api/v1/products/${product.id}`);
      const changed = await admin.request({ method: "PATCH", url: `/api/v1/products/${product.id}`, payload: { active, version } });
      expect(changed.statusCode, changed.body).toBe(200);
    };
    await setActive(false);
    try {
      const refused = await admin.request({ method: "POST", url: "/api/v1/quotes", payload: request });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([expect.objectContaining({ path: "productId", code: "catalogue.product_inactive" })]);
      const read = await call<Outcome["quote"]>(admin, "GET", `/api/v1/quotes/${quote.id}`);
      expect([read.monthlyGrossCents, read.tariffVersion, read.pricing]).toEqual([quote.monthlyGrossCents, quote.tariffVersion, quote.pricing]);
      expect((await call<Outcome>(admin, "POST", `/api/v1/quotes/${quote.id}/state`, { state: "sent" })).quote.state).toBe("sent");
    } finally {
      await setActive(true);
    }
  });

  it("skips a number of the series a manual quote already took", async () => {
    const { personId, opportunityId } = await opportunity();
    const priced = () => call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "priced", productId: product.id, formulaId: product.formulaId, effectiveDate: nextMonth(), beneficiaries: [{ role: "main_insured", personId }] });
    const first = (await priced()).quote.number;
    const [, year, counter] = /^DEV-(\d{4})-(\d{6})$/.exec(first) ?? [];
    const inSeries = (step: number) => `DEV-${year}-${String(Number(counter) + step).padStart(6, "0")}`;
    await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: inSeries(1), annualGrossCents: 1000, effectiveDate: nextMonth(), validUntil: inDays(30) });
    expect((await priced()).quote.number).toBe(inSeries(2));
  });

  it("refuses a beneficiary outside the holder's household, naming the field", async () => {
    const { opportunityId } = await opportunity();
    const stranger = await opportunity();
    const refused = await admin.request({ method: "POST", url: "/api/v1/quotes", payload: { opportunityId, kind: "priced", productId: product.id, formulaId: product.formulaId, effectiveDate: nextMonth(), beneficiaries: [{ role: "main_insured", personId: stranger.personId }] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "beneficiaries.0.personId", code: "quote.not_household" })]);
  });

  it("refuses a manual quote naming a beneficiary outside the holder's household, or no person at all, on its field; reads a named one's names from the record", async () => {
    const { personId, opportunityId } = await opportunity();
    const other = await opportunity();
    const quote = (number: string, beneficiaryId: string) => ({ opportunityId, kind: "manual", number, annualGrossCents: 1000, effectiveDate: nextMonth(), validUntil: inDays(30), beneficiaries: [{ role: "main_insured", personId: beneficiaryId, birthDate: "1980-05-17" }] });
    for (const [number, beneficiaryId] of [["EXT-BENEF-1", "01900000-0000-7000-8000-000000000000"], ["EXT-BENEF-2", other.personId]] as const) {
      const refused = await admin.request({ method: "POST", url: "/api/v1/quotes", payload: quote(number, beneficiaryId) });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().errors).toEqual([expect.objectContaining({ path: "beneficiaries.0.personId", code: "quote.not_household" })]);
    }
    expect((await call<Page<unknown>>(admin, "GET", `/api/v1/quotes?opportunityId=${opportunityId}`)).total).toBe(0);
    const created = await call<Outcome & { quote: { beneficiaries: Array<{ lastName: string | null; firstName: string | null }> } }>(admin, "POST", "/api/v1/quotes", quote("EXT-BENEF-3", personId));
    expect(created.quote.beneficiaries).toEqual([expect.objectContaining({ personId, lastName: expect.stringMatching(/^Devisz+$/), firstName: "Marc" })]);
  });

  it("takes a manual quote and its PDF, follows the ordinary path to won, and refuses an illegal transition with 409", async () => {
    const { opportunityId } = await opportunity();
    const created = await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-RATER-0001", annualGrossCents: 132000, effectiveDate: nextMonth(), validUntil: inDays(30) });
    expect(created.quote).toMatchObject({ number: "EXT-RATER-0001", state: "to_issue", pricing: null, nextStates: ["sent", "cancelled", "expired"] });
    // Typed with its annual premium alone, it is billed in twelve instalments: the monthly one is the twelfth, to the cent.
    expect([created.quote.monthlyGrossCents, created.quote.annualGrossCents]).toEqual([11000, 132000]);
    const duplicate = await admin.request({ method: "POST", url: "/api/v1/quotes", payload: { opportunityId, kind: "manual", number: "EXT-RATER-0001", annualGrossCents: 1, effectiveDate: nextMonth(), validUntil: inDays(30) } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe("quote.number_taken");
    const upload = await admin.request({ method: "POST", url: `/api/v1/quotes/${created.quote.id}/attachments`, ...multipartFile("devis-externe.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", "application/pdf") });
    expect(upload.statusCode, upload.body).toBe(201);

    const illegal = await admin.request({ method: "POST", url: `/api/v1/quotes/${created.quote.id}/state`, payload: { state: "validated" } });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().code).toBe("quote.illegal_transition");
    // The states as the screens name them, in the caller's language.
    expect(illegal.json().title).toBe("Ce changement d'état du devis n'est pas permis : de À émettre vers Validé");
    const inEnglish = await admin.request({ method: "POST", url: `/api/v1/quotes/${created.quote.id}/state`, payload: { state: "validated" }, headers: { "accept-language": "en" } });
    expect(inEnglish.json().title).toBe("This quote state change is not allowed: from To issue to Validated");
    const expected = { sent: "quote", signed_pending_documents: "signed_pending_documents", signed_pending_compliance: "signed_pending_compliance", compliant: "signed_pending_back_office", validated: "won" };
    for (const [state, opportunityState] of Object.entries(expected)) {
      const moved = await call<Outcome>(admin, "POST", `/api/v1/quotes/${created.quote.id}/state`, { state, reason: `étape ${state}` });
      expect([moved.quote.state, moved.opportunity.state]).toEqual([state, opportunityState]);
      if (state === "compliant") expect(moved.quote.nextStates).toEqual(["validated", "middle_office_refused", "middle_office_pending_documents", "invalidated", "cancelled"]);
      if (state === "validated") expect(moved.quote.nextStates).toEqual([]);
    }
    type Change = { toState: string; quoteId: string | null; reason: string | null; changedByName: string | null; quote: { id: string; number: string | null; fromState: string | null; toState: string } | null };
    const history = await call<{ items: Change[] }>(admin, "GET", `/api/v1/opportunities/${opportunityId}/history`);
    expect(history.items.map((item) => item.toState)).toEqual(["need_detected", "proposal", "quote", "signed_pending_documents", "signed_pending_compliance", "signed_pending_back_office", "won"]);
    expect(history.items.slice(1).every((item) => item.quoteId === created.quote.id)).toBe(true);
    const me = await call<{ user: { displayName: string } }>(admin, "GET", "/api/v1/me");
    expect(new Set(history.items.map((item) => item.changedByName))).toEqual(new Set([me.user.displayName]));
    expect(history.items[0]).toMatchObject({ quote: null, reason: null });
    expect(history.items[1]).toMatchObject({ reason: null, quote: { id: created.quote.id, number: "EXT-RATER-0001", fromState: null, toState: "to_issue" } });
    expect(history.items[2]).toMatchObject({ reason: "étape sent", quote: { id: created.quote.id, number: "EXT-RATER-0001", fromState: "to_issue", toState: "sent" } });
    expect((await call<{ quotesCount: number }>(admin, "GET", `/api/v1/opportunities/${opportunityId}`)).quotesCount).toBe(1);
    const cancelValidated = await admin.request({ method: "POST", url: `/api/v1/quotes/${created.quote.id}/state`, payload: { state: "cancelled" } });
    expect(cancelValidated.statusCode).toBe(409);
    const closedOpportunity = await admin.request({ method: "POST", url: "/api/v1/quotes", payload: { opportunityId, kind: "manual", number: "EXT-RATER-0002", annualGrossCents: 1, effectiveDate: nextMonth(), validUntil: inDays(30) } });
    expect(closedOpportunity.json().code).toBe("opportunity.closed");
  });

  it("applies the multi-quote rule: a cancelled quote is ignored, the most advanced one wins, and a live quote blocks the hand close", async () => {
    const { personId, opportunityId } = await opportunity();
    const first = await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-MULTI-1", annualGrossCents: 100000, effectiveDate: nextMonth(), validUntil: inDays(30), state: "sent" });
    expect(first.opportunity.state).toBe("quote");
    const second = await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-MULTI-2", annualGrossCents: 90000, effectiveDate: nextMonth(), validUntil: inDays(30) });
    expect(second.opportunity.state).toBe("quote");
    const other = await call<{ id: string }>(admin, "POST", "/api/v1/opportunities", { personId, domain: "protection", originId });
    const listed = await call<Page<{ id: string; quotesCount: number }>>(admin, "GET", `/api/v1/opportunities?personId=${personId}&sort=createdAt`);
    expect(listed.items.map((item) => [item.id, item.quotesCount])).toEqual([[opportunityId, 2], [other.id, 0]]);
    const close = await admin.request({ method: "POST", url: `/api/v1/opportunities/${opportunityId}/close`, payload: { state: "lost", reason: "Trop cher" } });
    expect(close.json().code).toBe("opportunity.live_quotes");
    expect((await call<Outcome>(admin, "POST", `/api/v1/quotes/${first.quote.id}/state`, { state: "cancelled" })).opportunity.state).toBe("proposal");
    expect((await call<Outcome>(admin, "POST", `/api/v1/quotes/${second.quote.id}/state`, { state: "cancelled" })).opportunity.state).toBe("proposal");
    expect((await call<{ state: string }>(admin, "POST", `/api/v1/opportunities/${opportunityId}/close`, { state: "lost", reason: "Trop cher" })).state).toBe("lost");
  });

  it("exports the quotes of the list's filters in CSV and XLSX", async () => {
    const { opportunityId } = await opportunity();
    await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-EXPORT-1", annualGrossCents: 123456, effectiveDate: nextMonth(), validUntil: inDays(30), state: "sent" });
    await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-EXPORT-2", annualGrossCents: 5000, effectiveDate: nextMonth(), validUntil: inDays(30) });
    const csv = await admin.request({ method: "GET", url: `/api/v1/quotes/export?format=csv&opportunityId=${opportunityId}&state=sent` });
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(lines[0]).toContain("numéro");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("EXT-EXPORT-1");
    expect(lines[1]).toContain("1234,56");
    const header = lines[0]?.split(";") ?? [];
    const cell = (name: string) => lines[1]?.split(";")[header.indexOf(name)];
    expect(cell("titulaire")).toMatch(/^DEVISZ+ Marc$/);
    expect(cell("id opportunité")).toBe(opportunityId);
    // Read in a spreadsheet by people: the labels of the screens, not the codes.
    expect([cell("état"), cell("origine du devis")]).toEqual(["Transmis au souscripteur", "Tarificateur externe"]);
    expect([cell("mensuel TTC (€)"), cell("prime annuelle TTC (€)")]).toEqual(["102,88", "1234,56"]);
    const xlsx = await admin.request({ method: "GET", url: `/api/v1/quotes/export?format=xlsx&opportunityId=${opportunityId}` });
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const column = (name: string) => (sheet?.getRow(1).values as unknown[]).indexOf(name);
    const states = [2, 3].map((row) => sheet?.getRow(row).getCell(column("état")).value);
    expect(states.sort()).toEqual(["Transmis au souscripteur", "À émettre"].sort());
  });

  it("hides the quotes of opportunities out of the caller's scope", async () => {
    const elsewhere = await call<{ id: string }>(admin, "POST", "/api/v1/introducers", { kind: "agency", name: "Agence Devis Ailleurs", code: "DEVIS-AILLEURS" });
    const { personId } = await opportunity();
    await call(admin, "PUT", `/api/v1/persons/${personId}/assignment`, { introducerId: elsewhere.id });
    const { id: opportunityId } = await call<{ id: string }>(admin, "POST", "/api/v1/opportunities", { personId, domain: "protection", originId });
    const created = await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-SCOPE-1", annualGrossCents: 5000, effectiveDate: nextMonth(), validUntil: inDays(30) });
    const advisor = await t.signIn("conseiller@alpha.demo");
    expect((await advisor.request({ method: "GET", url: `/api/v1/quotes/${created.quote.id}` })).statusCode).toBe(404);
    expect((await advisor.request({ method: "POST", url: `/api/v1/quotes/${created.quote.id}/state`, payload: { state: "sent" } })).statusCode).toBe(404);
    const listed = await call<Page<{ id: string }>>(advisor, "GET", "/api/v1/quotes?perPage=500");
    expect(listed.items.map((item) => item.id)).not.toContain(created.quote.id);
    expect(listed.total).toBeGreaterThan(0);
    const exported = await advisor.request({ method: "GET", url: "/api/v1/quotes/export?format=csv" });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain("EXT-SCOPE-1");
  });

  it("expires, every night, the quotes nobody signed past their validity date, and the opportunity keeps its state", async () => {
    const { opportunityId } = await opportunity();
    const old = await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-OLD-1", annualGrossCents: 100000, effectiveDate: nextMonth(), validUntil: inDays(1), state: "sent" });
    const signed = await call<Outcome>(admin, "POST", "/api/v1/quotes", { opportunityId, kind: "manual", number: "EXT-OLD-2", annualGrossCents: 100000, effectiveDate: nextMonth(), validUntil: inDays(1), state: "signed_pending_documents" });
    const service = new QuotesService(t.platform.database);
    const expired = await expireQuotes(t.platform.database, service, inDays(2));
    expect(expired).toBeGreaterThanOrEqual(1);
    expect((await call<{ state: string; stateReason: string }>(admin, "GET", `/api/v1/quotes/${old.quote.id}`)).state).toBe("expired");
    expect((await call<{ state: string }>(admin, "GET", `/api/v1/quotes/${signed.quote.id}`)).state).toBe("signed_pending_documents");
    expect((await call<{ state: string }>(admin, "GET", `/api/v1/opportunities/${opportunityId}`)).state).toBe("signed_pending_documents");
    expect(await expireQuotes(t.platform.database, service, inDays(2))).toBe(0);
    const schedules = await t.platform.database.rows<{ name: string; cron: string }>(sql`select name, cron from pgboss.schedule`);
    expect(schedules).toContainEqual(expect.objectContaining({ name: QUOTE_EXPIRY_TASK, cron: "15 2 * * *" }));
  });
});
