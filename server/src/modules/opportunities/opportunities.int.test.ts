import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../platform/auth/context.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { LifeCycle } from "./life-cycle.js";
import { OpportunitiesService } from "./opportunities-service.js";

type Page<T> = { items: T[]; total: number };
interface Opportunity {
  id: string;
  state: string;
  introducerId: string | null;
  advisorId: string | null;
  closedReason: string | null;
  version: number;
}

const PASSWORD = "un-mot-de-passe-solide";
let t: TestApp;
let admin: Awaited<ReturnType<TestApp["signIn"]>>;
let originId: string;
const ids: Record<string, string> = {};

async function call<T>(caller: Caller, method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, payload?: Record<string, unknown>): Promise<T> {
  const response = await caller.request({ method, url, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

let personCount = 0;
/** A new suspect (another name each time, so the duplicate check lets it in), assigned by hand when asked. */
async function suspect(assignment?: Record<string, string>): Promise<string> {
  personCount += 1;
  const { id } = await call<{ id: string }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName: `Pipeline${"x".repeat(personCount)}`, firstName: "Léa", originId });
  if (assignment) await call(admin, "PUT", `/api/v1/persons/${id}/assignment`, assignment);
  return id;
}

const natureOf = async (personId: string) => (await call<{ nature: string }>(admin, "GET", `/api/v1/persons/${personId}`)).nature;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  const origins = await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency");
  originId = origins.items.find((origin) => origin.code === "online_agency")?.id ?? "";
  ids.agencyA = (await call<{ id: string }>(admin, "POST", "/api/v1/introducers", { kind: "agency", name: "Agence Pipeline A", code: "PIPE-A" })).id;
  ids.agencyB = (await call<{ id: string }>(admin, "POST", "/api/v1/introducers", { kind: "agency", name: "Agence Pipeline B", code: "PIPE-B" })).id;
  const roles = await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/roles?q=advisor");
  ids.advisorA = (await call<{ id: string }>(admin, "POST", "/api/v1/users", { email: "pipeline.a@alpha.demo", displayName: "Pipeline A", password: PASSWORD, roleIds: [roles.items.find((role) => role.code === "advisor")?.id] })).id;
  await call(admin, "POST", `/api/v1/introducers/${ids.agencyA}/advisors`, { userId: ids.advisorA });
});
afterAll(async () => t.close());

describe("opportunities and the nature of their holder", () => {
  it("makes a suspect a prospect with its first opportunity, taking the record's introducer and advisor", async () => {
    const personId = await suspect({ introducerId: ids.agencyA as string, advisorId: ids.advisorA as string });
    expect(await natureOf(personId)).toBe("suspect");
    const created = await admin.request({
      method: "POST",
      url: "/api/v1/opportunities",
      payload: { personId, domain: "health", productFamily: "health_individual", originId, wishedStartDate: "2026-09-01", probability: 60, description: "Départ à la retraite, cherche une mutuelle", expectedAnnualPremiumCents: 180000 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const opportunity = created.json<Opportunity>();
    expect(opportunity).toMatchObject({ state: "need_detected", introducerId: ids.agencyA, advisorId: ids.advisorA });
    expect(await natureOf(personId)).toBe("prospect");
    const history = await call<{ items: Array<{ fromState: string | null; toState: string; changedBy: string }> }>(admin, "GET", `/api/v1/opportunities/${opportunity.id}/history`);
    expect(history.items).toEqual([expect.objectContaining({ fromState: null, toState: "need_detected", changedBy: admin.userId })]);
    const audit = await call<Page<{ changes: Record<string, unknown> }>>(admin, "GET", `/api/v1/audit?entity=person&id=${personId}`);
    expect(audit.items[0]?.changes).toEqual({ nature: { before: "suspect", after: "prospect" } });
  });

  it("leaves the nature unchanged when the save fails, in the request or later in the same transaction", async () => {
    const personId = await suspect();
    const refused = await admin.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId, domain: "health", originId: "01900000-0000-7000-8000-000000000000" } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "originId", code: "opportunity.unknown_origin" })]);
    expect(await natureOf(personId)).toBe("suspect");

    const service = new OpportunitiesService(t.platform.database, new LifeCycle());
    const ctx = systemContext(admin.tenantId, ["opportunity:write"]);
    const failing = withTenant(t.platform.database, ctx, async (tx) => {
      await service.createIn(tx, ctx, { personId, domain: "protection", originId });
      throw new Error("a later step of the same save fails");
    });
    await expect(failing).rejects.toThrow("a later step");
    expect(await natureOf(personId)).toBe("suspect");
    expect((await call<Page<unknown>>(admin, "GET", `/api/v1/opportunities?personId=${personId}`)).total).toBe(0);
  });

  it("refuses a body naming both or no holder, an unknown product family or a probability over 100, each on its field", async () => {
    const personId = await suspect();
    const both = await admin.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId, companyId: personId, domain: "health", originId } });
    expect(both.statusCode).toBe(400);
    expect(both.json().errors.map((error: { path: string }) => error.path).sort()).toEqual(["companyId", "personId"]);
    const family = await admin.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId, domain: "health", originId, productFamily: "nope" } });
    expect(family.json().errors).toEqual([expect.objectContaining({ path: "productFamily", code: "opportunity.unknown_product_family" })]);
    const probability = await admin.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId, domain: "health", originId, probability: 101 } });
    expect(probability.statusCode).toBe(400);
    expect(JSON.stringify(probability.json().errors)).toContain("probability");
    expect(await natureOf(personId)).toBe("suspect");
  });

  it("closes by hand with a reason, recorded in the history, and only once", async () => {
    const personId = await suspect();
    const opportunity = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId, domain: "savings_retirement", originId });
    const closed = await call<Opportunity>(admin, "POST", `/api/v1/opportunities/${opportunity.id}/close`, { state: "out_of_target", reason: "Hors zone de commercialisation" });
    expect(closed).toMatchObject({ state: "out_of_target", closedReason: "Hors zone de commercialisation" });
    const again = await admin.request({ method: "POST", url: `/api/v1/opportunities/${opportunity.id}/close`, payload: { state: "lost", reason: "Encore" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("opportunity.closed");
    const history = await call<{ items: Array<{ fromState: string | null; toState: string; reason: string | null }> }>(admin, "GET", `/api/v1/opportunities/${opportunity.id}/history`);
    expect(history.items.map((item) => [item.fromState, item.toState, item.reason])).toEqual([
      [null, "need_detected", null],
      ["need_detected", "out_of_target", "Hors zone de commercialisation"],
    ]);
    expect(await natureOf(personId)).toBe("prospect");
  });

  it("edits with the version read, never the state", async () => {
    const personId = await suspect();
    const opportunity = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId, domain: "health", originId });
    const edited = await call<Opportunity & { probability: number }>(admin, "PATCH", `/api/v1/opportunities/${opportunity.id}`, { version: 1, probability: 80 });
    expect(edited).toMatchObject({ probability: 80, version: 2 });
    expect((await admin.request({ method: "PATCH", url: `/api/v1/opportunities/${opportunity.id}`, payload: { version: 1, probability: 10 } })).statusCode).toBe(409);
    expect((await admin.request({ method: "PATCH", url: `/api/v1/opportunities/${opportunity.id}`, payload: { version: 2, state: "won" } })).statusCode).toBe(400);
  });
});

describe("lists, export and board within the data scope", () => {
  beforeAll(async () => {
    const inA = await suspect({ introducerId: ids.agencyA as string });
    const inB = await suspect({ introducerId: ids.agencyB as string });
    ids.opportunityA = (await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId: inA, domain: "property_casualty", productFamily: "protection", originId, expectedAnnualPremiumCents: 50000 })).id;
    ids.opportunityB = (await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId: inB, domain: "property_casualty", originId, expectedAnnualPremiumCents: 70000 })).id;
  });

  it("filters and sorts the list, and exports it", async () => {
    const listed = await call<Page<{ id: string; expectedAnnualPremiumCents: number }>>(admin, "GET", "/api/v1/opportunities?domain=property_casualty&sort=-expectedAnnualPremiumCents");
    expect(listed.items.map((item) => item.id)).toEqual([ids.opportunityB, ids.opportunityA]);
    expect((await call<Page<{ id: string }>>(admin, "GET", `/api/v1/opportunities?introducerId=${ids.agencyA}&domain=property_casualty`)).items.map((item) => item.id)).toEqual([ids.opportunityA]);
    const csv = (await admin.request({ method: "GET", url: "/api/v1/opportunities/export?format=csv&domain=property_casualty" })).body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(csv[0]).toContain("domaine");
    expect(csv).toHaveLength(3);
    expect(csv.join("\n")).toContain("500,00");
    // Names beside the ids: the holder, the origin and the introducer the opportunity took from its record.
    const header = csv[0]?.split(";") ?? [];
    const rowA = csv.find((line) => line.startsWith(ids.opportunityA ?? "-"))?.split(";") ?? [];
    const cell = (name: string) => rowA[header.indexOf(name)];
    expect(cell("titulaire")).toMatch(/^PIPELINEX+ Léa$/);
    expect([cell("origine"), cell("id origine"), cell("apporteur"), cell("id apporteur")]).toEqual([expect.stringMatching(/ \([a-z_]+\)$/), originId, "Agence Pipeline A", ids.agencyA]);
    // Read in a spreadsheet by people: the labels of the screens, not the codes.
    expect([cell("domaine"), cell("état")]).toEqual(["IARD", "Besoin détecté"]);
    // The product family as the screens show it, beside its code, like the origin.
    expect(cell("famille de produits")).toBe("Prévoyance (protection)");
    // Created at 00:30 in Paris, stored at 23:30 UTC the day before: the day a French user lived.
    await t.platform.database.rows(sql`update opportunities set created_at = '2026-11-24T23:30:00Z' where id = ${ids.opportunityA}`);
    const late = (await admin.request({ method: "GET", url: "/api/v1/opportunities/export?format=csv&domain=property_casualty" })).body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(late.find((line) => line.startsWith(ids.opportunityA ?? "-"))?.split(";")[header.indexOf("créée le")]).toBe("2026-11-25");
  });

  it("shows an advisor only the opportunities of their introducer: list, read, export and board", async () => {
    const advisor = await t.signIn("pipeline.a@alpha.demo", PASSWORD);
    const listed = (await call<Page<{ id: string }>>(advisor, "GET", "/api/v1/opportunities?perPage=500")).items.map((item) => item.id);
    expect(listed).toContain(ids.opportunityA);
    expect(listed).not.toContain(ids.opportunityB);
    expect((await advisor.request({ method: "GET", url: `/api/v1/opportunities/${ids.opportunityA}` })).statusCode).toBe(200);
    expect((await advisor.request({ method: "GET", url: `/api/v1/opportunities/${ids.opportunityB}` })).statusCode).toBe(404);
    expect((await advisor.request({ method: "GET", url: `/api/v1/opportunities/${ids.opportunityB}/history` })).statusCode).toBe(404);
    const exported = (await advisor.request({ method: "GET", url: "/api/v1/opportunities/export" })).body;
    expect(exported).toContain(ids.opportunityA);
    expect(exported).not.toContain(ids.opportunityB);
    const board = await call<{ columns: Array<{ state: string; count: number; expectedAnnualPremiumCents: number; cards: Array<{ id: string }> }> }>(advisor, "GET", "/api/v1/opportunities/board?domain=property_casualty");
    const needs = board.columns.find((column) => column.state === "need_detected");
    expect(needs).toMatchObject({ count: 1, expectedAnnualPremiumCents: 50000 });
    expect(needs?.cards.map((card) => card.id)).toEqual([ids.opportunityA]);
  });

  it("adds up every column on the board for the whole tenant, filtered by introducer", async () => {
    const board = await call<{ columns: Array<{ state: string; count: number; expectedAnnualPremiumCents: number; cards: Array<{ holderName: string }> }> }>(
      admin,
      "GET",
      "/api/v1/opportunities/board?domain=property_casualty&cards=1",
    );
    expect(board.columns.map((column) => column.state)).toEqual(["need_detected", "proposal", "quote", "signed_pending_documents", "signed_pending_compliance", "signed_pending_back_office", "won", "out_of_target", "lost"]);
    const needs = board.columns.find((column) => column.state === "need_detected");
    expect(needs).toMatchObject({ count: 2, expectedAnnualPremiumCents: 120000 });
    expect(needs?.cards).toHaveLength(1);
    expect(needs?.cards[0]?.holderName).toMatch(/^PIPELINE/);
    const onlyB = await call<{ columns: Array<{ state: string; count: number }> }>(admin, "GET", `/api/v1/opportunities/board?domain=property_casualty&introducerId=${ids.agencyB}`);
    expect(onlyB.columns.find((column) => column.state === "need_detected")?.count).toBe(1);
  });
  it("refuses to set an introducer or advisor that would take the opportunity out of the caller's scope, naming the field; the whole tenant's scope may", async () => {
    const advisor = await t.signIn("pipeline.a@alpha.demo", PASSWORD);
    const before = await call<Opportunity>(advisor, "GET", `/api/v1/opportunities/${ids.opportunityA}`);
    const moved = await advisor.request({ method: "PATCH", url: `/api/v1/opportunities/${ids.opportunityA}`, payload: { version: before.version, introducerId: ids.agencyB } });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors).toEqual([expect.objectContaining({ path: "introducerId", code: "opportunity.outside_data_scope" })]);
    expect((await call<Opportunity>(advisor, "GET", `/api/v1/opportunities/${ids.opportunityA}`)).version).toBe(before.version);
    const kept = await call<Opportunity>(advisor, "PATCH", `/api/v1/opportunities/${ids.opportunityA}`, { version: before.version, introducerId: ids.agencyA, probability: 40 });
    expect(kept.version).toBe(before.version + 1);
    const holder = await suspect({ introducerId: ids.agencyA as string });
    const created = await advisor.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId: holder, domain: "savings_retirement", originId, introducerId: ids.agencyB } });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors).toEqual([expect.objectContaining({ path: "introducerId", code: "opportunity.outside_data_scope" })]);
    expect(await natureOf(holder)).toBe("suspect");
    const byAdmin = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId: holder, domain: "savings_retirement", originId, introducerId: ids.agencyB });
    expect(byAdmin.introducerId).toBe(ids.agencyB);
  });
});

describe("opportunities follow their holder when it changes hands", () => {
  const assignedTo = async (id: string) => {
    const { introducerId, advisorId } = await call<Opportunity>(admin, "GET", `/api/v1/opportunities/${id}`);
    return { introducerId, advisorId };
  };

  it("takes a lead entered unassigned (a comparator's) to the agency it is dispatched to, so that its advisors see it; a closed one or one given elsewhere stays", async () => {
    const personId = await suspect();
    const open = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId, domain: "health", originId });
    const closed = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId, domain: "services", originId });
    await call(admin, "POST", `/api/v1/opportunities/${closed.id}/close`, { state: "lost", reason: "Plus de nouvelles" });
    const elsewhere = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId, domain: "protection", originId, introducerId: ids.agencyB });
    expect(open.introducerId).toBeNull();

    await call(admin, "PUT", `/api/v1/persons/${personId}/assignment`, { introducerId: ids.agencyA, advisorId: ids.advisorA });
    expect(await assignedTo(open.id)).toEqual({ introducerId: ids.agencyA, advisorId: ids.advisorA });
    expect(await assignedTo(closed.id)).toEqual({ introducerId: null, advisorId: null });
    expect(await assignedTo(elsewhere.id)).toEqual({ introducerId: ids.agencyB, advisorId: null });
    const advisor = await t.signIn("pipeline.a@alpha.demo", PASSWORD);
    expect((await call<Page<{ id: string }>>(advisor, "GET", `/api/v1/opportunities?personId=${personId}`)).items.map((item) => item.id)).toEqual([open.id]);
    const audit = await call<Page<{ changes: Record<string, unknown> }>>(admin, "GET", `/api/v1/audit?entity=opportunity&id=${open.id}`);
    expect(audit.items[0]?.changes).toMatchObject({ introducerId: { before: null, after: ids.agencyA } });

    // Given back to the rules (none covers it): the open opportunity goes back to the queue with it.
    await call(admin, "DELETE", `/api/v1/persons/${personId}/assignment`);
    expect(await assignedTo(open.id)).toEqual({ introducerId: null, advisorId: null });
  });

  it("moves with a prospect the rules give to another agency after a change of address", async () => {
    const settings = await call<{ version: number }>(admin, "GET", "/api/v1/settings/assignment");
    await call(admin, "PUT", "/api/v1/settings/assignment", { mode: "automatic", level: "introducer", version: settings.version });
    await call(admin, "POST", "/api/v1/assignment-rules", { market: "MDP", postalCode: "04100", introducerId: ids.agencyA });
    await call(admin, "POST", "/api/v1/assignment-rules", { market: "MDP", postalCode: "05000", introducerId: ids.agencyB });
    const address = (postalCode: string) => [{ kind: "main", lines: ["1 rue du Test"], postalCode, city: "Ville" }];
    const person = await call<{ id: string; introducerId: string | null; version: number }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName: "Demenageuse", firstName: "Inès", originId, addresses: address("04100") });
    expect(person.introducerId).toBe(ids.agencyA);
    const opportunity = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId: person.id, domain: "health", originId });
    expect(opportunity.introducerId).toBe(ids.agencyA);

    const moved = await call<{ introducerId: string | null }>(admin, "PATCH", `/api/v1/persons/${person.id}`, { version: person.version, addresses: address("05000") });
    expect(moved.introducerId).toBe(ids.agencyB);
    const followed = await call<Opportunity>(admin, "GET", `/api/v1/opportunities/${opportunity.id}`);
    expect(followed).toMatchObject({ introducerId: ids.agencyB, version: opportunity.version + 1 });
    const advisorOfA = await t.signIn("pipeline.a@alpha.demo", PASSWORD);
    expect((await advisorOfA.request({ method: "GET", url: `/api/v1/opportunities/${opportunity.id}` })).statusCode).toBe(404);
  });
});

describe("an opportunity's advisor and introducer agree", () => {
  it("takes the introducer of the advisor given, refuses another one beside them, and drops an advisor who does not work for a new introducer", async () => {
    const roles = await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/roles?q=advisor");
    const advisorB = (await call<{ id: string }>(admin, "POST", "/api/v1/users", { email: "pipeline.b@alpha.demo", displayName: "Pipeline B", password: PASSWORD, roleIds: [roles.items.find((role) => role.code === "advisor")?.id] })).id;
    await call(admin, "POST", `/api/v1/introducers/${ids.agencyB}/advisors`, { userId: advisorB });
    const holder = await suspect({ introducerId: ids.agencyA as string, advisorId: ids.advisorA as string });

    const toB = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId: holder, domain: "health", originId, advisorId: advisorB });
    expect(toB).toMatchObject({ introducerId: ids.agencyB, advisorId: advisorB });
    const mismatch = await admin.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId: holder, domain: "health", originId, introducerId: ids.agencyA, advisorId: advisorB } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors).toEqual([expect.objectContaining({ path: "introducerId", code: "opportunity.advisor_of_other_introducer" })]);

    const withA = await call<Opportunity>(admin, "POST", "/api/v1/opportunities", { personId: holder, domain: "protection", originId });
    expect(withA).toMatchObject({ introducerId: ids.agencyA, advisorId: ids.advisorA });
    const movedToB = await call<Opportunity>(admin, "PATCH", `/api/v1/opportunities/${withA.id}`, { version: withA.version, introducerId: ids.agencyB });
    expect(movedToB).toMatchObject({ introducerId: ids.agencyB, advisorId: null });

    const advisorA = await t.signIn("pipeline.a@alpha.demo", PASSWORD);
    const outOfSight = await advisorA.request({ method: "POST", url: "/api/v1/opportunities", payload: { personId: holder, domain: "services", originId, advisorId: advisorB } });
    expect(outOfSight.statusCode).toBe(400);
    expect(outOfSight.json().errors).toEqual([expect.objectContaining({ path: "advisorId", code: "opportunity.outside_data_scope" })]);
  });
});
