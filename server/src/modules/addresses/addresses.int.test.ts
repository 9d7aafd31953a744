import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe("POST /api/v1/addresses/normalise", () => {
  it("returns the NF Z10-011 lines of a typed address", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const response = await advisor.request({
      method: "POST",
      url: "/api/v1/addresses/normalise",
      payload: { recipient: "Mme Chloé Durand", lines: ["Résidence les Tilleuls, bât. B", "12 bis, avenue du Général de Gaulle"], postalCode: "75011", city: "paris" },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ lines: string[]; status: string }>();
    expect(body.status).toBe("corrected");
    expect(body.lines[0]).toBe("MME CHLOE DURAND");
    expect(body.lines.at(-1)).toBe("75011 PARIS");
    expect(body.lines.every((line) => line.length <= 38)).toBe(true);
  });

  it("reports an unknown locality with the communes of the postal code", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const response = await advisor.request({ method: "POST", url: "/api/v1/addresses/normalise", payload: { lines: ["1 rue de la Paix"], postalCode: "33000", city: "Lyon" } });
    const body = response.json<{ status: string; suggestions: Array<{ postalCode: string; city: string }> }>();
    expect(body.status).toBe("unknown_locality");
    expect(body.suggestions).toContainEqual({ postalCode: "33000", city: "BORDEAUX" });
  });

  it("refuses an address without postal code, field by field", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const response = await advisor.request({ method: "POST", url: "/api/v1/addresses/normalise", payload: { lines: [], city: "Paris" } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "validation.failed", errors: [{ path: "postalCode" }] });
  });

  it("refuses a French postal code that is not five digits, and takes any code abroad", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const normalise = (payload: Record<string, unknown>) => advisor.request({ method: "POST", url: "/api/v1/addresses/normalise", payload });
    const french = await normalise({ lines: ["1 rue X"], postalCode: "abc", city: "Paris" });
    expect(french.statusCode).toBe(400);
    expect(french.json().errors).toEqual([expect.objectContaining({ path: "postalCode", code: "address.invalid_postal_code", message: "Code postal français invalide (5 chiffres)" })]);
    expect((await normalise({ lines: ["1 rue X"], postalCode: "972 00", city: "Fort-de-France", country: "Martinique" })).statusCode).toBe(200);
    const abroad = await normalise({ lines: ["Rue Neuve 12"], postalCode: "1000", city: "Bruxelles", country: "Belgique" });
    expect(abroad.json()).toMatchObject({ lines: ["RUE NEUVE 12", "1000 BRUXELLES", "BELGIQUE"] });
  });

  it("refuses it on a record's address too, naming the address", async () => {
    const admin = await t.signIn("admin@alpha.demo");
    const origins = (await admin.request({ method: "GET", url: "/api/v1/origins?perPage=1" })).json<{ items: Array<{ id: string }> }>();
    const refused = await admin.request({
      method: "POST",
      url: "/api/v1/persons",
      payload: { category: "individual", lastName: "Postale", firstName: "Inès", originId: origins.items[0]?.id, addresses: [{ kind: "main", lines: ["1 rue X"], postalCode: "7501", city: "Paris" }] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "addresses.0.postalCode", code: "address.invalid_postal_code" })]);
  });
});
