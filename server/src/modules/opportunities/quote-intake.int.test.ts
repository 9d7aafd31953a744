import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let integrator: Caller;

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const payload = (reference: string, person: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  externalReference: reference,
  originCode: "comparator_les_furets",
  person: { category: "individual", lastName: "Comparé", firstName: "Jeanne", birthDate: "1979-03-08", email: `${reference.toLowerCase()}@exemple.fr`, ...person },
  quote: { number: `LF-${reference}`, productCode: "SANTE_PARTICULIERS", formulaCode: "CONFORT", annualGrossCents: 98400, monthlyGrossCents: 8200, effectiveDate: inDays(20), validUntil: inDays(30), state: "sent" },
  ...extra,
});

const push = (body: Record<string, unknown>, key: string) => integrator.request({ method: "POST", url: "/api/v1/integrations/quotes", headers: { "idempotency-key": key }, payload: body });

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  const created = await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "Les Furets", permissions: ["person:read", "person:write", "opportunity:read", "opportunity:write", "quote:read", "quote:write"] } });
  integrator = t.withApiKey(created.json<{ key: string }>().key);
});
afterAll(async () => t.close());

describe("quotes pushed by a quoting system", () => {
  it("creates the person and the opportunity with the payload's origin; the same key again answers the same, creating nothing", async () => {
    const body = payload("FUR-0001", { lastName: "Nouvellecliente" });
    const first = await push(body, "furets-0001-key");
    expect(first.statusCode, first.body).toBe(201);
    const ids = first.json<{ personId: string; opportunityId: string; quoteId: string }>();
    const person = (await admin.request({ method: "GET", url: `/api/v1/persons/${ids.personId}` })).json<{ nature: string; originId: string }>();
    const opportunity = (await admin.request({ method: "GET", url: `/api/v1/opportunities/${ids.opportunityId}` })).json<{ state: string; originId: string; domain: string; productFamily: string }>();
    expect(person.nature).toBe("prospect");
    expect(opportunity).toMatchObject({ state: "quote", domain: "health", productFamily: "health_individual", originId: person.originId });
    const quote = (await admin.request({ method: "GET", url: `/api/v1/quotes/${ids.quoteId}` })).json<{ kind: string; number: string; externalReference: string }>();
    expect(quote).toMatchObject({ kind: "integration", number: "LF-FUR-0001", externalReference: "FUR-0001" });

    const again = await push(body, "furets-0001-key");
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(ids);
    const listed = (await admin.request({ method: "GET", url: `/api/v1/opportunities?personId=${ids.personId}` })).json<{ total: number }>();
    expect(listed.total).toBe(1);
    const resent = await push(body, "furets-0001-other-key");
    expect(resent.statusCode).toBe(409);
    expect(resent.json()).toMatchObject({ code: "quote.external_reference_taken", quoteId: ids.quoteId });
  });

  it("keeps the postal code and city a comparator sends without an address as the new person's main address, normalised", async () => {
    type Person = { addresses: Array<{ kind: string; lines: string[]; postalCode: string; city: string; normalisedLines: string[]; normalisationStatus: string }> };
    const addressesOf = async (response: { json: <T>() => T }) => (await admin.request({ method: "GET", url: `/api/v1/persons/${response.json<{ personId: string }>().personId}` })).json<Person>().addresses;
    const withCity = await push(payload("FUR-ADDR-1", { lastName: "Lyonnaise", postalCode: "69003", city: "Lyon" }), "furets-addr-1");
    expect(withCity.statusCode, withCity.body).toBe(201);
    expect(await addressesOf(withCity)).toEqual([expect.objectContaining({ kind: "main", lines: [], postalCode: "69003", city: "Lyon", normalisedLines: ["69003 LYON"], normalisationStatus: "valid" })]);
    // Without a city, the code's one locality.
    const codeOnly = await push(payload("FUR-ADDR-2", { lastName: "Parisienne", postalCode: "75011" }), "furets-addr-2");
    expect(await addressesOf(codeOnly)).toEqual([expect.objectContaining({ kind: "main", postalCode: "75011", city: "PARIS", normalisedLines: ["75011 PARIS"] })]);
    // A code of several communes: kept, the city left for the advisor to complete.
    const shared = await push(payload("FUR-ADDR-3", { lastName: "Bressane", postalCode: "01000" }), "furets-addr-3");
    expect(await addressesOf(shared)).toEqual([expect.objectContaining({ kind: "main", postalCode: "01000", city: "", normalisationStatus: "unknown_locality" })]);
  });

  it("matches an existing person through the duplicate rules and adds to the opportunity it names", async () => {
    const existing = (await push(payload("FUR-0002", { lastName: "Dejaconnue", mobilePhone: "06 44 55 66 77" }), "furets-0002-key")).json<{ personId: string; opportunityId: string }>();
    const second = await push(payload("FUR-0003", { lastName: "DEJACONNUE", mobilePhone: "+33 6 44 55 66 77", email: null }, { opportunityId: existing.opportunityId }), "furets-0003-key");
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ personId: existing.personId, opportunityId: existing.opportunityId });
    const other = (await push(payload("FUR-0004", { lastName: "Autrepersonne" }), "furets-0004-key")).json<{ opportunityId: string }>();
    const mismatch = await push(payload("FUR-0005", { lastName: "Dejaconnue", mobilePhone: "0644556677" }, { opportunityId: other.opportunityId }), "furets-0005-key");
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().errors).toEqual([expect.objectContaining({ path: "opportunityId", code: "quote.opportunity_of_other_person" })]);
  });

  it("adds a quote naming no opportunity to the person's open one of its domain, and opens one only when none is open", async () => {
    const first = (await push(payload("FUR-0010", { lastName: "Fidele", mobilePhone: "06 10 20 30 40" }), "furets-0010-key")).json<{ personId: string; opportunityId: string; quoteId: string }>();
    const second = await push(payload("FUR-0011", { lastName: "FIDELE", mobilePhone: "0610203040", email: null }), "furets-0011-key");
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ personId: first.personId, opportunityId: first.opportunityId });

    for (const quoteId of [first.quoteId, second.json<{ quoteId: string }>().quoteId]) await admin.request({ method: "POST", url: `/api/v1/quotes/${quoteId}/state`, payload: { state: "cancelled" } });
    const closed = await admin.request({ method: "POST", url: `/api/v1/opportunities/${first.opportunityId}/close`, payload: { state: "lost", reason: "Trop cher" } });
    expect(closed.statusCode, closed.body).toBe(200);
    const third = (await push(payload("FUR-0012", { lastName: "Fidele", mobilePhone: "06 10 20 30 40", email: null }), "furets-0012-key")).json<{ personId: string; opportunityId: string }>();
    expect(third.personId).toBe(first.personId);
    expect(third.opportunityId).not.toBe(first.opportunityId);
  });

  it("places the quote's refusals under quote, as the payload nests them", async () => {
    const body = payload("FUR-0013", { lastName: "Numeroprisdeja" });
    const taken = await push({ ...body, quote: { ...body.quote, number: "LF-FUR-0001" } }, "furets-0013-key");
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([expect.objectContaining({ path: "quote.number", code: "quote.number_taken" })]);
  });

  it("takes none blindly when several persons match: a new person is created and each pair listed for review", async () => {
    const originId = (await admin.request({ method: "GET", url: "/api/v1/origins?q=online_agency" })).json<{ items: Array<{ id: string; code: string }> }>().items.find((origin) => origin.code === "online_agency")?.id;
    // Two persons the rules cannot tell apart, declared distinct by a user.
    const twin = { category: "individual", lastName: "Jumelle", firstName: "Inès", birthDate: "1988-08-08", originId };
    const one = (await admin.request({ method: "POST", url: "/api/v1/persons", payload: twin })).json<{ id: string }>();
    const two = (await admin.request({ method: "POST", url: "/api/v1/persons", payload: { ...twin, duplicateResolution: { decision: "false_duplicate", candidateIds: [one.id] } } })).json<{ id: string }>();
    const pushed = await push(payload("FUR-0008", { lastName: "Jumelle", firstName: "Inès", birthDate: "1988-08-08" }), "furets-0008-key");
    expect(pushed.statusCode, pushed.body).toBe(201);
    const { personId } = pushed.json<{ personId: string }>();
    expect([one.id, two.id]).not.toContain(personId);
    type Pair = { recordA: { id: string }; recordB: { id: string } };
    const review = (await admin.request({ method: "GET", url: "/api/v1/duplicate-candidates?target=person&status=open&perPage=100" })).json<{ items: Pair[] }>();
    const paired = review.items.filter((pair) => pair.recordA.id === personId || pair.recordB.id === personId).flatMap((pair) => [pair.recordA.id, pair.recordB.id]);
    expect(new Set(paired)).toEqual(new Set([personId, one.id, two.id]));
  });

  it("is for systems only: a person's cookie session is refused, writing nothing", async () => {
    const refused = await admin.request({ method: "POST", url: "/api/v1/integrations/quotes", headers: { "idempotency-key": "furets-cookie-key" }, payload: payload("FUR-0009", { lastName: "Parsession" }) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("auth.api_key_required");
    expect((await admin.request({ method: "GET", url: "/api/v1/persons?q=Parsession" })).json<{ total: number }>().total).toBe(0);
  });

  it("refuses an unknown origin or product on their field, writing nothing", async () => {
    const before = (await admin.request({ method: "GET", url: "/api/v1/persons?q=Inconnueorigine" })).json<{ total: number }>().total;
    const origin = await push({ ...payload("FUR-0006", { lastName: "Inconnueorigine" }), originCode: "nope" }, "furets-0006-key");
    expect(origin.json().errors).toEqual([expect.objectContaining({ path: "originCode", code: "quote.unknown_origin" })]);
    const body = payload("FUR-0007", { lastName: "Inconnueorigine" });
    const product = await push({ ...body, quote: { ...body.quote, productCode: "NOPE" } }, "furets-0007-key");
    expect(product.json().errors).toEqual([expect.objectContaining({ path: "quote.productCode", code: "quote.unknown_product" })]);
    expect((await admin.request({ method: "GET", url: "/api/v1/persons?q=Inconnueorigine" })).json<{ total: number }>().total).toBe(before);
  });
});
