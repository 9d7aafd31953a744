import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

const csvLines = (body: string): string[] => body.replace(/^\ufeff/, "").trim().split(/\r?\n/);

describe("exports of the users, roles and API keys lists", () => {
  it("streams the users as CSV with the list's filters", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/users/export?format=csv&q=alpha.demo&sort=email" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toContain("utilisateurs");
    const lines = csvLines(response.body);
    expect(lines[0]).toBe("email;nom;actif;langue;double_authentification;derniere_connexion;cree_le");
    const emails = lines.slice(1).map((line) => line.split(";")[0] ?? "");
    expect(emails).toEqual(expect.arrayContaining(["admin@alpha.demo", "conseiller@alpha.demo", "marketing@alpha.demo"]));
    expect(emails).toEqual([...emails].sort());
    expect(emails.every((email) => email.endsWith("@alpha.demo"))).toBe(true);
  });

  it("streams the roles as XLSX that reads back", async () => {
    const response = await admin.request({ method: "GET", url: "/api/v1/roles/export?format=xlsx" });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("code");
    const codes = Array.from({ length: (sheet?.rowCount ?? 1) - 1 }, (_, index) => sheet?.getRow(index + 2).getCell(1).value);
    expect(codes).toEqual(expect.arrayContaining(["admin", "advisor", "marketing"]));
  });

  it("exports API keys without their secret", async () => {
    const created = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "Export ERP", permissions: ["reference:read"] } })).json<{ key: string; prefix: string }>();
    const body = (await admin.request({ method: "GET", url: "/api/v1/api-keys/export" })).body;
    expect(body).toContain("Export ERP");
    expect(body).toContain(created.prefix);
    expect(body).not.toContain(created.key);
  });

  it("refuses a caller without the permission with a 403 problem, not a cut download", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    for (const url of ["/api/v1/users/export", "/api/v1/roles/export?format=xlsx", "/api/v1/api-keys/export"]) {
      const response = await advisor.request({ method: "GET", url });
      expect(response.statusCode, url).toBe(403);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });
});

describe("exports of reference values and custom fields", () => {
  it("streams a reference table's values, inactive ones on request", async () => {
    const created = (await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", payload: { code: "ancien_salon", labelFr: "Ancien salon", labelEn: "Old fair" } })).json<{ id: string; version: number }>();
    await admin.request({ method: "PATCH", url: `/api/v1/reference-tables/markers/values/${created.id}`, payload: { version: created.version, active: false } });
    const active = csvLines((await admin.request({ method: "GET", url: "/api/v1/reference-tables/markers/values/export" })).body);
    expect(active[0]).toBe("code;libelle;libelle_en;ordre;actif");
    expect(active.some((line) => line.startsWith("ancien_salon;"))).toBe(false);
    const all = csvLines((await admin.request({ method: "GET", url: "/api/v1/reference-tables/markers/values/export?includeInactive=true" })).body);
    expect(all).toContainEqual(expect.stringMatching(/^ancien_salon;Ancien salon;Old fair;\d+;non$/));
    expect((await admin.request({ method: "GET", url: "/api/v1/reference-tables/no_such_table/values/export" })).statusCode).toBe(404);
  });

  it("streams the custom fields of one kind of record, as XLSX too", async () => {
    await admin.request({ method: "POST", url: "/api/v1/custom-fields", payload: { entity: "company", key: "convention_signee", labelFr: "Convention signée", labelEn: "Agreement signed", type: "boolean" } });
    const lines = csvLines((await admin.request({ method: "GET", url: "/api/v1/custom-fields/export?entity=company" })).body);
    expect(lines[0]).toBe("objet;cle;libelle;libelle_en;type;valeurs;obligatoire;ordre;actif");
    expect(lines).toContainEqual(expect.stringMatching(/^company;convention_signee;Convention signée;Agreement signed;boolean;;non;\d+;oui$/));
    const xlsx = await admin.request({ method: "GET", url: "/api/v1/custom-fields/export?format=xlsx" });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
