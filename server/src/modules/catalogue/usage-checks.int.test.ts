import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

async function first<T>(url: string): Promise<T> {
  const page = (await admin.request({ method: "GET", url })).json<{ items: T[] }>();
  const item = page.items[0];
  if (!item) throw new Error(`nothing at ${url}`);
  return item;
}

describe("reference values the catalogue uses", () => {
  it("are kept: deleting one a range, guarantee or product carries answers 409 and deletes nothing", async () => {
    const product = await first<{ channels: string[]; insurers: string[]; managers: string[] }>("/api/v1/products?perPage=1");
    const range = await first<{ designers: string[]; productFamily: string }>("/api/v1/ranges?perPage=1");
    const guarantee = await first<{ coverageModule: string }>("/api/v1/guarantees?perPage=1");
    const used: Array<[string, string | undefined]> = [
      ["sales_channels", product.channels[0]],
      ["insurers", product.insurers[0]],
      ["product_managers", product.managers[0]],
      ["product_designers", range.designers[0]],
      ["product_families", range.productFamily],
      ["coverage_modules", guarantee.coverageModule],
    ];
    for (const [table, code] of used) {
      expect(code, table).toBeTruthy();
      const values = (await admin.request({ method: "GET", url: `/api/v1/reference-tables/${table}/values?perPage=100` })).json<{ items: Array<{ id: string; code: string }> }>();
      const value = values.items.find((item) => item.code === code);
      if (!value) throw new Error(`${table}: ${code} is not in the table`);
      const deleted = await admin.request({ method: "DELETE", url: `/api/v1/reference-tables/${table}/values/${value.id}` });
      expect(deleted.statusCode, table).toBe(409);
      expect(deleted.json().code).toBe("reference.value_in_use");
      expect((await admin.request({ method: "GET", url: `/api/v1/reference-tables/${table}/values/${value.id}` })).statusCode, table).toBe(200);
    }
  });

  it("are deleted when nothing carries them", async () => {
    const created = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/insurers/values", payload: { code: "assureur_inutilise", labelFr: "Assureur inutilisé", labelEn: "Unused insurer" } })).json<{ id: string }>();
    expect((await admin.request({ method: "DELETE", url: `/api/v1/reference-tables/insurers/values/${created.id}` })).statusCode).toBe(204);
  });
});
