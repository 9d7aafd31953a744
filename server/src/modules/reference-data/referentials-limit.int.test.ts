import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { defaultPostalCodeLimit } from "./referentials/postal-codes/search-postal-codes.js";
import { defaultSearchLimit } from "./referentials/search-limit.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

const count = async (url: string): Promise<number> => {
  const response = await admin.request({ method: "GET", url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: unknown[] }>().items.length;
};

describe("referential search limits", () => {
  it("returns every commune of a postal code when no limit is given (the referential's own default)", async () => {
    expect(defaultPostalCodeLimit).toBe(50);
    expect(await count("/api/v1/referentials/postal-codes?q=51300")).toBe(46);
    expect(await count("/api/v1/referentials/postal-codes?q=51")).toBe(defaultPostalCodeLimit);
    expect(await count("/api/v1/referentials/postal-codes?q=51300&limit=10")).toBe(10);
  });

  it("keeps NAF and IDCC at their default of 20 and honours an explicit limit", async () => {
    expect(defaultSearchLimit).toBe(20);
    expect(await count("/api/v1/referentials/naf?q=1")).toBe(defaultSearchLimit);
    expect(await count("/api/v1/referentials/naf?q=1&limit=30")).toBe(30);
    // "des" matches 35 of the 49 conventions.
    expect(await count("/api/v1/referentials/idcc?q=des")).toBe(defaultSearchLimit);
    expect(await count("/api/v1/referentials/idcc?q=des&limit=30")).toBe(30);
  });

  it("still refuses a limit out of 1–100", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/referentials/postal-codes?q=51300&limit=0" });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: "querystring.limit" });
  });
});
