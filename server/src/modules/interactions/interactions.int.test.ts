import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../platform/auth/context.js";
import { DEMO_PASSWORD } from "../../seed/demo.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { InteractionsService } from "./interactions-service.js";

type Page<T> = { items: T[]; total: number };
interface Interaction {
  id: string;
  state: "planned" | "done";
  personId: string | null;
  personName: string | null;
  companyId: string | null;
  advisorId: string;
  plannedAt: string;
  endedAt: string | null;
  resultCode: string | null;
  report: string | null;
  overdue: boolean;
  version: number;
}

let t: TestApp;
let admin: Caller;
let advisor: Awaited<ReturnType<TestApp["signIn"]>>;
let lyonAdvisor: Awaited<ReturnType<TestApp["signIn"]>>;
let beta: Caller;
let parisPersonId: string;
let originId: string;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function call<T>(caller: Caller, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: Record<string, unknown>): Promise<T> {
  const response = await caller.request({ method, url, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

const plan = (caller: Caller, body: Record<string, unknown>) => caller.request({ method: "POST", url: "/api/v1/interactions", payload: { type: "call_out", personId: parisPersonId, plannedAt: hoursFromNow(24), subject: "Point sur la complémentaire", ...body } });
const remindersOf = (caller: Caller) => call<{ count: number; items: Interaction[] }>(caller, "GET", "/api/v1/interactions/reminders");

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  advisor = await t.signIn("conseiller@alpha.demo");
  lyonAdvisor = await t.signIn("conseiller.lyon@alpha.demo", DEMO_PASSWORD);
  beta = await t.signIn("admin@beta.demo");
  // A demo person of the Paris agency, in the Paris advisor's scope and outside Lyon's.
  parisPersonId = (await call<Page<{ id: string }>>(advisor, "GET", "/api/v1/persons?perPage=1&postalCode=75011")).items[0]?.id ?? "";
  originId = (await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/origins?q=online_agency")).items.find((origin) => origin.code === "online_agency")?.id ?? "";
  expect(parisPersonId).not.toBe("");
});
afterAll(async () => t.close());

describe("planning and completing", () => {
  it("plans an interaction for the caller, completes it once, and refuses a second completion", async () => {
    const created = await plan(advisor, { notes: "Rappeler avant midi" });
    expect(created.statusCode, created.body).toBe(201);
    const planned = created.json<Interaction>();
    expect(planned).toMatchObject({ state: "planned", personId: parisPersonId, advisorId: advisor.userId, endedAt: null, overdue: false });
    expect(planned.personName).toBeTruthy();

    const done = await call<Interaction>(advisor, "POST", `/api/v1/interactions/${planned.id}/complete`, { endedAt: hoursFromNow(0), resultCode: "reached", report: "Devis souhaité" });
    expect(done).toMatchObject({ state: "done", resultCode: "reached", report: "Devis souhaité", version: planned.version + 1 });
    const again = await advisor.request({ method: "POST", url: `/api/v1/interactions/${planned.id}/complete`, payload: { resultCode: "reached" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("interaction.already_done");
    expect((await call<Interaction>(advisor, "GET", `/api/v1/interactions/${planned.id}`)).report).toBe("Devis souhaité");
    const history = await call<Page<{ action: string }>>(admin, "GET", `/api/v1/audit?entity=interaction&id=${planned.id}`);
    expect(history.items.map((entry) => entry.action)).toEqual(["update", "create"]);
  });

  it("logs a call already done, its end now when not given", async () => {
    const before = Date.now();
    const response = await plan(advisor, { type: "call_in", plannedAt: hoursFromNow(-1), completion: { resultCode: "call_back", report: "Rappel demandé" } });
    expect(response.statusCode, response.body).toBe(201);
    const logged = response.json<Interaction>();
    expect(logged).toMatchObject({ state: "done", resultCode: "call_back", overdue: false });
    expect(Date.parse(logged.endedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
    const tab = await call<Page<Interaction>>(advisor, "GET", `/api/v1/interactions?personId=${parisPersonId}&state=done`);
    expect(tab.items.map((item) => item.id)).toContain(logged.id);
  });

  it("files the interaction an opportunity came from under that opportunity, once", async () => {
    const call_ = (await plan(advisor, { subject: "Besoin détecté : départ à la retraite" })).json<Interaction>();
    const opportunity = await call<{ id: string; interactionId: string }>(advisor, "POST", "/api/v1/opportunities", { personId: parisPersonId, domain: "health", originId, interactionId: call_.id });
    expect(opportunity.interactionId).toBe(call_.id);
    const underIt = await call<Page<{ id: string }>>(advisor, "GET", `/api/v1/interactions?opportunityId=${opportunity.id}`);
    expect(underIt.items.map((item) => item.id)).toEqual([call_.id]);
    const again = await call<{ id: string }>(advisor, "POST", "/api/v1/opportunities", { personId: parisPersonId, domain: "protection", originId, interactionId: call_.id });
    // Already filed under the first: the second opportunity names it, and does not take it.
    expect((await call<Page<{ id: string }>>(advisor, "GET", `/api/v1/interactions?opportunityId=${again.id}`)).total).toBe(0);
  });

  it("files the interaction an opportunity is edited to name under that opportunity, as at creation", async () => {
    const opportunity = await call<{ id: string; version: number }>(advisor, "POST", "/api/v1/opportunities", { personId: parisPersonId, domain: "services", originId });
    const call_ = (await plan(advisor, { subject: "Besoin précisé au téléphone" })).json<Interaction>();
    const edited = await call<{ interactionId: string }>(advisor, "PATCH", `/api/v1/opportunities/${opportunity.id}`, { version: opportunity.version, interactionId: call_.id });
    expect(edited.interactionId).toBe(call_.id);
    expect((await call<Page<{ id: string }>>(advisor, "GET", `/api/v1/interactions?opportunityId=${opportunity.id}`)).items.map((item) => item.id)).toEqual([call_.id]);
  });

  it("changes what was planned with the version read, and refuses a stale one", async () => {
    const planned = (await plan(advisor, {})).json<Interaction>();
    const moved = await call<Interaction & { subject: string }>(advisor, "PATCH", `/api/v1/interactions/${planned.id}`, { version: planned.version, subject: "Rendez-vous déplacé", plannedAt: hoursFromNow(48) });
    expect(moved.subject).toBe("Rendez-vous déplacé");
    const stale = await advisor.request({ method: "PATCH", url: `/api/v1/interactions/${planned.id}`, payload: { version: planned.version, subject: "Trop tard" } });
    expect(stale.statusCode).toBe(409);
    expect((await advisor.request({ method: "DELETE", url: `/api/v1/interactions/${planned.id}` })).statusCode).toBe(204);
    expect((await advisor.request({ method: "GET", url: `/api/v1/interactions/${planned.id}` })).statusCode).toBe(404);
  });
});

describe("refusals, field by field, with nothing written", () => {
  it("names each wrong field of a creation", async () => {
    const total = async () => (await call<Page<Interaction>>(admin, "GET", "/api/v1/interactions?perPage=1")).total;
    const before = await total();
    const shape = await admin.request({ method: "POST", url: "/api/v1/interactions", payload: { type: "", plannedAt: "demain", subject: "", personId: "pas-un-id" } });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().errors.map((error: { path: string }) => error.path).sort()).toEqual(["personId", "plannedAt", "subject", "type"]);

    const betaPerson = (await call<Page<{ id: string }>>(beta, "GET", "/api/v1/persons?perPage=1")).items[0]?.id;
    const rules = await admin.request({
      method: "POST",
      url: "/api/v1/interactions",
      payload: { type: "pigeon", personId: betaPerson, advisorId: "01900000-0000-7000-8000-000000000001", opportunityId: "01900000-0000-7000-8000-000000000002", plannedAt: hoursFromNow(1), subject: "x", completion: { resultCode: "peut-etre", endedAt: hoursFromNow(3) } },
    });
    expect(rules.statusCode).toBe(400);
    expect(rules.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "type", code: "interaction.unknown_type" }),
        expect.objectContaining({ path: "personId", code: "interaction.unknown_person" }),
        expect.objectContaining({ path: "advisorId", code: "interaction.unknown_advisor" }),
        expect.objectContaining({ path: "opportunityId", code: "interaction.unknown_opportunity" }),
        expect.objectContaining({ path: "completion.resultCode", code: "interaction.unknown_result" }),
        expect.objectContaining({ path: "completion.endedAt", code: "interaction.ended_in_future" }),
      ]),
    );
    const nobody = await admin.request({ method: "POST", url: "/api/v1/interactions", payload: { type: "call_out", plannedAt: hoursFromNow(1), subject: "x" } });
    expect(nobody.json().errors.map((error: { path: string; code: string }) => `${error.path}:${error.code}`)).toEqual(["personId:interaction.record_required", "companyId:interaction.record_required"]);
    expect(nobody.json().title).toBeTruthy();
    expect(await total()).toBe(before);
  });

  it("names the wrong fields of a completion and leaves the interaction planned", async () => {
    const planned = (await plan(advisor, {})).json<Interaction>();
    const refused = await advisor.request({ method: "POST", url: `/api/v1/interactions/${planned.id}/complete`, payload: { resultCode: "peut-etre", endedAt: hoursFromNow(2) } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((error: { path: string }) => error.path).sort()).toEqual(["endedAt", "resultCode"]);
    expect((await call<Interaction>(advisor, "GET", `/api/v1/interactions/${planned.id}`)).state).toBe("planned");
  });

  it("keeps a type in use: it is deactivated, not deleted", async () => {
    const values = await call<Page<{ id: string; code: string }>>(admin, "GET", "/api/v1/reference-tables/interaction_types/values?perPage=100");
    const callOut = values.items.find((value) => value.code === "call_out");
    const response = await admin.request({ method: "DELETE", url: `/api/v1/reference-tables/interaction_types/values/${callOut?.id}` });
    expect(response.statusCode).toBe(409);
  });
});

describe("tenant and data scope", () => {
  it("gives another tenant a 404 and none of the rows", async () => {
    const planned = (await plan(advisor, {})).json<Interaction>();
    for (const [method, url, payload] of [
      ["GET", `/api/v1/interactions/${planned.id}`, undefined],
      ["PATCH", `/api/v1/interactions/${planned.id}`, { version: 1, subject: "pris" }],
      ["POST", `/api/v1/interactions/${planned.id}/complete`, { resultCode: "reached" }],
      ["DELETE", `/api/v1/interactions/${planned.id}`, undefined],
    ] as const) {
      expect((await beta.request({ method, url, ...(payload ? { payload } : {}) })).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call<Page<Interaction>>(beta, "GET", `/api/v1/interactions?personId=${parisPersonId}`)).total).toBe(0);
  });

  it("hides a Paris prospect's interactions from an advisor of the Lyon agency, not from a manager", async () => {
    const planned = (await plan(advisor, {})).json<Interaction>();
    expect((await lyonAdvisor.request({ method: "GET", url: `/api/v1/interactions/${planned.id}` })).statusCode).toBe(404);
    expect((await lyonAdvisor.request({ method: "POST", url: `/api/v1/interactions/${planned.id}/complete`, payload: { resultCode: "reached" } })).statusCode).toBe(404);
    expect((await call<Page<Interaction>>(lyonAdvisor, "GET", `/api/v1/interactions?personId=${parisPersonId}`)).total).toBe(0);
    const all = await call<Page<Interaction>>(lyonAdvisor, "GET", "/api/v1/interactions?perPage=500");
    expect(all.items.map((item) => item.id)).not.toContain(planned.id);
    const export_ = await lyonAdvisor.request({ method: "GET", url: "/api/v1/interactions/export" });
    expect(export_.body).not.toContain(planned.id);
    const onIt = await plan(lyonAdvisor, {});
    expect(onIt.statusCode).toBe(400);
    expect(onIt.json().errors).toEqual([expect.objectContaining({ path: "personId", code: "interaction.unknown_person" })]);
    expect((await call<Interaction>(admin, "GET", `/api/v1/interactions/${planned.id}`)).id).toBe(planned.id);
  });
});

describe("reminders and agenda", () => {
  it("shows an advisor of another agency the interaction given to them: in their reminders, agenda and list, to « réaliser »; not the others of that prospect", async () => {
    const theirs = (await plan(advisor, { advisorId: lyonAdvisor.userId, plannedAt: hoursFromNow(-2), subject: "Rappel confié à Lyon" })).json<Interaction>();
    const notTheirs = (await plan(advisor, { plannedAt: hoursFromNow(-2) })).json<Interaction>();
    expect((await remindersOf(lyonAdvisor)).items.map((item) => item.id)).toContain(theirs.id);
    const agenda = await call<{ items: Interaction[] }>(lyonAdvisor, "GET", `/api/v1/interactions/agenda?from=${hoursFromNow(-24)}&to=${hoursFromNow(1)}`);
    expect(agenda.items.map((item) => item.id)).toContain(theirs.id);
    const listed = (await call<Page<Interaction>>(lyonAdvisor, "GET", "/api/v1/interactions?perPage=500")).items.map((item) => item.id);
    expect(listed).toContain(theirs.id);
    expect(listed).not.toContain(notTheirs.id);
    // They may note what they learn, not move it to another record of that agency.
    const noted = await call<Interaction>(lyonAdvisor, "PATCH", `/api/v1/interactions/${theirs.id}`, { version: theirs.version, notes: "Numéro fixe à privilégier" });
    const moved = await lyonAdvisor.request({ method: "PATCH", url: `/api/v1/interactions/${theirs.id}`, payload: { version: noted.version, companyId: (await call<Page<{ id: string }>>(advisor, "GET", "/api/v1/companies?perPage=1")).items[0]?.id } });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors).toEqual([expect.objectContaining({ path: "companyId", code: "interaction.unknown_company" })]);
    const done = await call<Interaction>(lyonAdvisor, "POST", `/api/v1/interactions/${theirs.id}/complete`, { resultCode: "reached", report: "Rappelé" });
    expect(done.state).toBe("done");
  });

  it("counts the caller's overdue planned interactions, until they are done", async () => {
    const before = await remindersOf(advisor);
    const late = (await plan(advisor, { type: "meeting", plannedAt: hoursFromNow(-3), subject: "Rendez-vous manqué" })).json<Interaction>();
    expect(late.overdue).toBe(true);
    const during = await remindersOf(advisor);
    expect(during.count).toBe(before.count + 1);
    expect(during.items.map((item) => item.id)).toContain(late.id);
    expect((await call<Page<Interaction>>(advisor, "GET", "/api/v1/interactions?advisorId=me&overdue=true&perPage=500")).items.map((item) => item.id)).toContain(late.id);
    // Someone else's reminders are theirs.
    expect((await remindersOf(admin)).items.map((item) => item.id)).not.toContain(late.id);
    await call(advisor, "POST", `/api/v1/interactions/${late.id}/complete`, { resultCode: "reached" });
    expect((await remindersOf(advisor)).count).toBe(before.count);
  });

  it("shows an advisor's agenda for a window, earliest first, and refuses a reversed or too long window", async () => {
    const monday = new Date(Date.UTC(2031, 0, 6, 0, 0, 0));
    const at = (day: number, hour: number) => new Date(monday.getTime() + (day * 24 + hour) * 3_600_000).toISOString();
    const wednesday = (await plan(advisor, { plannedAt: at(2, 14), subject: "Mercredi" })).json<Interaction>();
    const monday9 = (await plan(advisor, { plannedAt: at(0, 9), subject: "Lundi" })).json<Interaction>();
    const nextWeek = (await plan(advisor, { plannedAt: at(7, 9), subject: "Semaine suivante" })).json<Interaction>();
    const others = (await plan(admin, { plannedAt: at(1, 10), subject: "Pas le mien" })).json<Interaction>();
    const week = await call<{ items: Interaction[] }>(advisor, "GET", `/api/v1/interactions/agenda?advisorId=me&from=${at(0, 0)}&to=${at(7, 0)}`);
    expect(week.items.map((item) => item.id)).toEqual([monday9.id, wednesday.id]);
    const day = await call<{ items: Interaction[] }>(advisor, "GET", `/api/v1/interactions/agenda?from=${at(2, 0)}&to=${at(3, 0)}`);
    expect(day.items.map((item) => item.id)).toEqual([wednesday.id]);
    const adminsWeek = await call<{ items: Interaction[] }>(admin, "GET", `/api/v1/interactions/agenda?advisorId=${advisor.userId}&from=${at(0, 0)}&to=${at(14, 0)}`);
    expect(adminsWeek.items.map((item) => item.id)).toEqual([monday9.id, wednesday.id, nextWeek.id]);
    expect(adminsWeek.items.map((item) => item.id)).not.toContain(others.id);
    for (const [from, to, code] of [
      [at(3, 0), at(2, 0), "interaction.agenda_range_reversed"],
      [at(0, 0), at(60, 0), "interaction.agenda_range_too_long"],
    ] as const) {
      const refused = await advisor.request({ method: "GET", url: `/api/v1/interactions/agenda?from=${from}&to=${to}` });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([expect.objectContaining({ path: "querystring.to", code })]);
    }
    // The list and its export refuse a reversed period too, with the other faults, rather than answer nothing.
    for (const url of [`/api/v1/interactions?from=${at(3, 0)}&to=${at(2, 0)}&perPage=0`, `/api/v1/interactions/export?from=${at(3, 0)}&to=${at(2, 0)}`]) {
      const refused = await advisor.request({ method: "GET", url });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: "querystring.to", code: "interaction.agenda_range_reversed" })]));
    }
    expect((await advisor.request({ method: "GET", url: `/api/v1/interactions?from=${at(2, 0)}&to=${at(3, 0)}` })).statusCode).toBe(200);
  });

  it("exports the filtered list as CSV", async () => {
    const response = await advisor.request({ method: "GET", url: `/api/v1/interactions/export?personId=${parisPersonId}` });
    expect(response.statusCode).toBe(200);
    const lines = response.body.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(lines[0]?.startsWith("id;type;état;prévue le;objet")).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
  });
});

describe("links", () => {
  it("moves a merged person's interactions to the kept person", async () => {
    const person = async (firstName: string) => call<{ id: string }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName: "Fusionnable", firstName, originId, email: `${firstName.toLowerCase()}@fusion.example` });
    const kept = await person("Anne");
    const merged = await person("Bruno");
    const interaction = (await plan(admin, { personId: merged.id })).json<Interaction>();
    await call(admin, "POST", `/api/v1/persons/${kept.id}/merge`, { sourceId: merged.id });
    expect((await call<Interaction>(admin, "GET", `/api/v1/interactions/${interaction.id}`)).personId).toBe(kept.id);
    expect((await call<Page<Interaction>>(admin, "GET", `/api/v1/interactions?personId=${kept.id}`)).items.map((item) => item.id)).toEqual([interaction.id]);
  });

  it("checks an opportunity through the port its module registers, taking its record when none is given", async () => {
    const service = new InteractionsService(t.platform.database);
    const ctx = { ...systemContext(advisor.tenantId, ["interaction:read", "interaction:write"]), userId: advisor.userId };
    const opportunityId = "01900000-0000-7000-8000-0000000000aa";
    const input = { type: "call_out", plannedAt: new Date(), subject: "Suite du devis", opportunityId };
    await expect(service.create(ctx, input)).rejects.toMatchObject({ status: 400 });
    service.registerOpportunityCheck(async (_tx, _ctx, id) => (id === opportunityId ? { personId: parisPersonId } : undefined));
    const linked = await service.create(ctx, input);
    expect(linked).toMatchObject({ personId: parisPersonId, opportunityId });
    await expect(service.create(ctx, { ...input, opportunityId: "01900000-0000-7000-8000-0000000000bb" })).rejects.toMatchObject({ status: 400 });
    const ownPerson = (await call<Page<{ id: string }>>(advisor, "GET", "/api/v1/persons?perPage=2&postalCode=75011")).items[1]?.id;
    await expect(service.create(ctx, { ...input, personId: ownPerson })).rejects.toMatchObject({ options: { errors: [expect.objectContaining({ path: "opportunityId", code: "interaction.opportunity_mismatch" })] } });
    const byOpportunity = await call<Page<Interaction>>(advisor, "GET", `/api/v1/interactions?opportunityId=${opportunityId}`);
    expect(byOpportunity.items.map((item) => item.id)).toEqual([linked.id]);
  });
});
