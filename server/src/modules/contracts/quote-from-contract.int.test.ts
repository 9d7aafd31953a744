/** A contract from the back office that names its Adhesia quote validates it, and the opportunity is won. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let feed: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  const { key } = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "back office", permissions: ["contract:import", "contract:read", "person:read", "company:read"] } })).json<{ key: string }>();
  feed = t.withApiKey(key);
});
afterAll(async () => t.close());

async function call<T>(caller: Caller, method: "GET" | "POST", url: string, payload?: Record<string, unknown>): Promise<T> {
  const response = await caller.request({ method, url, ...(payload ? { payload } : {}) });
  expect(response.statusCode, `${method} ${url} ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

type QuoteOutcome = { quote: { id: string; state: string }; opportunity: { id: string; state: string } };

async function quoteFor(lastName: string, number: string): Promise<QuoteOutcome> {
  const origins = await call<{ items: Array<{ id: string }> }>(admin, "GET", "/api/v1/origins?perPage=1");
  const person = await call<{ id: string }>(admin, "POST", "/api/v1/persons", { category: "individual", lastName, firstName: "Jeanne", birthDate: "1981-04-02", originId: origins.items[0]?.id });
  const opportunity = await call<{ id: string }>(admin, "POST", "/api/v1/opportunities", { personId: person.id, domain: "health", originId: origins.items[0]?.id });
  return call<QuoteOutcome>(admin, "POST", "/api/v1/quotes", { opportunityId: opportunity.id, kind: "manual", number, annualGrossCents: 98_000, effectiveDate: "2027-01-01", validUntil: "2027-03-01" });
}

const contract = (number: string, quoteNumber: string, lastName: string) => ({
  sourceSystem: "GESTION",
  number,
  status: "active",
  startDate: "2027-01-01",
  domain: "health",
  productLabel: "Santé partenaire",
  quoteNumber,
  holder: { type: "person", lastName, firstName: "Jeanne", birthDate: "1981-04-02" },
});

describe("a contract's quote reference", () => {
  it("takes the quote through legal steps to validated, and its opportunity to won", async () => {
    const { quote, opportunity } = await quoteFor("Valideau", "DEV-CONTRAT-1");
    expect([quote.state, opportunity.state]).toEqual(["to_issue", "proposal"]);

    const received = await call<{ contractId: string }>(feed, "POST", "/api/v1/integrations/back-office/contracts", contract("C-VALID-1", "DEV-CONTRAT-1", "Valideau"));
    const linked = await call<{ quoteNumber: string; quoteId: string | null }>(admin, "GET", `/api/v1/contracts/${received.contractId}`);
    expect(linked).toMatchObject({ quoteNumber: "DEV-CONTRAT-1", quoteId: quote.id });

    expect((await call<{ state: string }>(admin, "GET", `/api/v1/quotes/${quote.id}`)).state).toBe("validated");
    expect((await call<{ state: string }>(admin, "GET", `/api/v1/opportunities/${opportunity.id}`)).state).toBe("won");
    const history = await call<{ items: Array<{ toState: string }> }>(admin, "GET", `/api/v1/opportunities/${opportunity.id}/history`);
    expect(history.items.map((entry) => entry.toState)).toEqual(expect.arrayContaining(["quote", "signed_pending_compliance", "signed_pending_back_office", "won"]));
  });

  it("leaves a cancelled quote as it is and still receives the contract; an unknown number is kept without error", async () => {
    const { quote } = await quoteFor("Annuleau", "DEV-CONTRAT-2");
    await call(admin, "POST", `/api/v1/quotes/${quote.id}/state`, { state: "cancelled", reason: "doublon" });
    const received = await call<{ result: string }>(feed, "POST", "/api/v1/integrations/back-office/contracts", contract("C-VALID-2", "DEV-CONTRAT-2", "Annuleau"));
    expect(received.result).toBe("created");
    expect((await call<{ state: string }>(admin, "GET", `/api/v1/quotes/${quote.id}`)).state).toBe("cancelled");
    const unknown = await call<{ result: string; contractId: string }>(feed, "POST", "/api/v1/integrations/back-office/contracts", contract("C-VALID-3", "DEV-INCONNU", "Inconnueau"));
    expect(unknown.result).toBe("created");
    expect(await call(admin, "GET", `/api/v1/contracts/${unknown.contractId}`)).toMatchObject({ quoteNumber: "DEV-INCONNU", quoteId: null });
  });

  it("follows a newer version that names another quote, or none", async () => {
    const first = await quoteFor("Suiveau", "DEV-CONTRAT-4");
    const second = await quoteFor("Suivante", "DEV-CONTRAT-5");
    const received = await call<{ contractId: string }>(feed, "POST", "/api/v1/integrations/back-office/contracts", contract("C-VALID-4", "DEV-CONTRAT-4", "Suiveau"));
    const read = () => call<{ quoteId: string | null }>(admin, "GET", `/api/v1/contracts/${received.contractId}`);
    expect((await read()).quoteId).toBe(first.quote.id);

    expect((await call<{ result: string }>(feed, "POST", "/api/v1/integrations/back-office/contracts", contract("C-VALID-4", "DEV-CONTRAT-5", "Suiveau"))).result).toBe("updated");
    expect((await read()).quoteId).toBe(second.quote.id);
    const { quoteNumber: _dropped, ...withoutQuote } = contract("C-VALID-4", "", "Suiveau");
    expect((await call<{ result: string }>(feed, "POST", "/api/v1/integrations/back-office/contracts", withoutQuote)).result).toBe("updated");
    expect((await read()).quoteId).toBeNull();
  });
});
