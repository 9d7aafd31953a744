/** XLSX export and import of a product's tariff: an untouched file gives the same tariff, a wrong cell is named. */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartFile } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let productId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  const products = (await admin.request({ method: "GET", url: "/api/v1/products?q=SANTE_PARTICULIERS" })).json<{ items: { id: string }[] }>();
  productId = products.items[0]?.id ?? "";
});
afterAll(async () => t.close());

const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
type Version = { id: string; number: number; createdAt: string } & Record<string, unknown>;
const versions = async () => (await admin.request({ method: "GET", url: `/api/v1/products/${productId}/tariffs` })).json<{ items: Version[] }>().items;
const content = ({ id: _id, number: _number, createdAt: _createdAt, ...rest }: Version) => rest;

async function exported(): Promise<ExcelJS.Workbook> {
  const response = await admin.request({ method: "GET", url: `/api/v1/products/${productId}/tariffs/export` });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["content-type"]).toContain(xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

function setCell(workbook: ExcelJS.Workbook, sheet: string, ref: string, value: ExcelJS.CellValue): void {
  const found = workbook.getWorksheet(sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  found.getCell(ref).value = value;
}

const upload = async (workbook: ExcelJS.Workbook) =>
  admin.request({ method: "POST", url: `/api/v1/products/${productId}/tariffs/import`, ...multipartFile("tarif.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()), xlsx) });

describe("tariff workbook", () => {
  it("imports an untouched export as a new version equal to the exported one", async () => {
    const [before] = await versions();
    const response = await upload(await exported());
    expect(response.statusCode, response.body).toBe(201);
    const [after] = await versions();
    expect(after?.number).toBe((before?.number ?? 0) + 1);
    expect(content(after as Version)).toEqual(content(before as Version));
  });

  it("names every wrong cell and stores nothing", async () => {
    const count = (await versions()).length;
    const workbook = await exported();
    setCell(workbook, "Grilles", "L3", "quarante");
    setCell(workbook, "Grilles", "A4", "NOPE");
    setCell(workbook, "Tarif", "B2", "lunar");
    const response = await upload(workbook);
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { path: string; code: string }[] }>();
    expect(problem.code).toBe("tariff_import.invalid");
    expect(problem.errors.map((error) => [error.path, error.code])).toEqual([
      ["Grilles!L3", "tariff_import.invalid_amount"],
      ["Grilles!A4", "tariff_import.unknown_formula"],
      ["Tarif!B2", "tariff_import.invalid_value"],
    ]);
    expect((await versions()).length).toBe(count);
  });

  it("refuses a grid whose rows do not all carry the same type, naming the odd cell, even on the first row", async () => {
    const count = (await versions()).length;
    const workbook = await exported();
    setCell(workbook, "Grilles", "D2", "flat");
    const response = await upload(workbook);
    expect(response.statusCode, response.body).toBe(400);
    const problem = response.json<{ errors: { path: string; code: string; message: string }[] }>();
    expect(problem.errors).toEqual([
      { path: "Grilles!D2", code: "tariff_import.inconsistent", message: "Toutes les lignes d'une grille ont le même type : flat ici, per_beneficiary en Grilles!D3" },
    ]);
    expect((await versions()).length).toBe(count);
  });

  type Report = { errors: { path: string; code: string; message: string }[] };
  const refusal = async (edit: (workbook: ExcelJS.Workbook) => void, language = "fr") => {
    const workbook = await exported();
    edit(workbook);
    const file = multipartFile("tarif.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()), xlsx);
    const response = await admin.request({ method: "POST", url: `/api/v1/products/${productId}/tariffs/import`, payload: file.payload, headers: { ...file.headers, "accept-language": language } });
    expect(response.statusCode, response.body).toBe(400);
    return response.json<Report>().errors;
  };
  const cells = (errors: Report["errors"]) => errors.map((error) => [error.path, error.code]);

  it("reports a renamed column once, on its header cell, not once per row", async () => {
    const errors = await refusal((workbook) => setCell(workbook, "Grilles", "L1", "montant"));
    expect(errors).toEqual([{ path: "Grilles!L1", code: "tariff_import.missing_column", message: "Colonne amountEuros absente de la ligne d'en-tête" }]);
  });

  it("names the cell of every rule the tariff breaks, in the caller's language, without field names of the API", async () => {
    const edit = (workbook: ExcelJS.Workbook) => {
      setCell(workbook, "Zones", "A2", 6);
      setCell(workbook, "Grilles", "M3", "1.2");
      setCell(workbook, "Grilles", "L4", null);
    };
    const french = await refusal(edit);
    expect(cells(french)).toEqual([
      ["Zones!A2", "pricing.not_a_department"],
      ["Grilles!M3", "pricing.pmss_percent_in_amount_grid"],
      ["Grilles!L4", "tariff_import.required"],
    ]);
    expect(french.map((error) => error.message)).toEqual([
      "Pas un code de département (01 à 19, 2A, 2B, 21 à 95, 971 à 976)",
      "Seule une grille en pourcentage du PMSS porte un pourcentage du PMSS",
      "Cellule obligatoire vide",
    ]);
    expect((await refusal(edit, "en")).map((error) => error.message)).toEqual([
      "Not a department code (01 to 19, 2A, 2B, 21 to 95, 971 to 976)",
      "Only a PMSS-percentage grid carries a PMSS percentage",
      "Required cell is empty",
    ]);
  });

  it("names the cell of a code the tenant's tables or the organisation do not know", async () => {
    const errors = await refusal((workbook) => {
      setCell(workbook, "Grilles", "I3", "general, martian");
      setCell(workbook, "Remises", "G4", "pigeon");
      setCell(workbook, "Commissions", "B2", "astrologer");
    });
    expect(cells(errors)).toEqual([
      ["Grilles!I3", "pricing.unknown_social_regime"],
      ["Remises!G4", "pricing.unknown_channel"],
      ["Commissions!B2", "pricing.unknown_introducer_kind"],
    ]);
    expect(errors[2]?.message).toBe("Type d'apporteur inconnu (agency, head_office, broker)");
  });

  it("refuses a date the calendar lacks as a date", async () => {
    expect(cells(await refusal((workbook) => setCell(workbook, "Tarif", "A2", "2026-02-30")))).toEqual([["Tarif!A2", "tariff_import.invalid_date"]]);
  });

  it("prices with an edited cell once imported, though the version it replaces was priced (and kept in memory) just before", async () => {
    const formulas = (await admin.request({ method: "GET", url: `/api/v1/formulas?productId=${productId}` })).json<{ items: { id: string }[] }>();
    const net = async (): Promise<number> => {
      const priced = await admin.request({
        method: "POST",
        url: "/api/v1/pricing/price",
        payload: { productId, formulaId: formulas.items[0]?.id, effectiveDate: "2026-02-01", postalCode: "67000", socialRegime: "general", localRegime: "alsace_moselle", beneficiaries: [{ role: "main_insured", birthDate: "2004-01-01" }] },
      });
      expect(priced.statusCode, priced.body).toBe(200);
      return priced.json<{ monthly: { netCents: number } }>().monthly.netCents;
    };
    expect(await net()).not.toBe(1234);
    const workbook = await exported();
    // Row 2 is the first Alsace-Moselle adult band (18–24) of the first formula.
    setCell(workbook, "Grilles", "L2", 12.34);
    expect((await upload(workbook)).statusCode).toBe(201);
    expect(await net()).toBe(1234);
  });
});
