/** The catalogue and the pricing API end to end: a range to a priced family, versions by date, refusals by field, tenants apart. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let beta: Caller;
let advisor: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
  beta = await t.signIn("admin@beta.demo");
  advisor = await t.signIn("conseiller@alpha.demo");
});
afterAll(async () => t.close());

type Errors = { errors: { path: string; code: string }[] };
const post = async <T>(caller: Caller, url: string, payload: unknown, status = 201): Promise<T> => {
  const response = await caller.request({ method: "POST", url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
};
const fieldsOf = (problem: Errors) => problem.errors.map((error) => [error.path, error.code]);

const adults = ["main_insured", "spouse", "dependent"];
const tariff = (formulaIds: string[], effectiveFrom: string, adultCents: number) => ({
  effectiveFrom,
  ageMethod: "birth_year",
  responsibleContract: true,
  zones: { "69": "Z2" },
  defaultZone: "Z1",
  fees: [{ kind: "management", label: "Frais de gestion", amountCents: 200 }, { kind: "association_dues", label: "Cotisation associative", amountCents: 100 }, { kind: "adhesion", label: "Frais d'adhésion", amountCents: 1500 }],
  discounts: [{ kind: "nth_child_free", label: "Gratuité dès le 3e enfant", fromRank: 3 }],
  commissions: [],
  grids: formulaIds.map((formulaId, index) => ({
    formulaId,
    grid: {
      type: "per_beneficiary",
      rows: [
        { roles: adults, ageMin: 18, ageMax: 44, zones: ["Z2"], amountCents: adultCents + index * 1000 },
        { roles: adults, ageMin: 18, ageMax: 99, amountCents: adultCents + 1000 + index * 1000 },
        { roles: ["child"], ageMin: 0, ageMax: 25, amountCents: 2100 },
      ],
    },
  })),
});

const profile = { effectiveDate: "2026-01-01", postalCode: "69003", socialRegime: "general", localRegime: "none", beneficiaries: [{ role: "main_insured", birthDate: "1984-05-10" }] };

describe("catalogue and pricing", () => {
  let rangeId: string;
  let productId: string;
  let formulaIds: string[];

  it("builds a range with its guarantees, a product and formulas with levels, and prints the guarantee table", async () => {
    const range = await post<{ id: string; contractType: string }>(admin, "/api/v1/ranges", {
      code: "TEST_SANTE",
      label: "Santé test",
      domain: "health",
      productFamily: "health_individual",
      contractType: "mixed",
      rangeType: "base",
      designers: ["marketing"],
    });
    rangeId = range.id;
    const hospital = await post<{ id: string }>(admin, "/api/v1/guarantees", { rangeId, coverageModule: "hospital", code: "stay", label: "Frais de séjour" });
    const glasses = await post<{ id: string }>(admin, "/api/v1/guarantees", { rangeId, coverageModule: "optical", code: "glasses", label: "Lunettes" });

    const refused = await post<Errors>(admin, "/api/v1/products", { rangeId, code: "TEST_P", label: "Produit test", channels: ["online", "pigeon"] }, 400);
    expect(fieldsOf(refused)).toEqual([
      ["contractType", "catalogue.contract_type_mismatch"],
      ["channels.1", "catalogue.unknown_reference_value"],
    ]);
    const product = await post<{ id: string; contractType: string; channels: string[] }>(admin, "/api/v1/products", {
      rangeId,
      code: "TEST_P",
      label: "Produit test",
      contractType: "individual",
      channels: ["online", "agency"],
      insurers: ["self"],
    });
    productId = product.id;
    expect(product).toMatchObject({ contractType: "individual", channels: ["online", "agency"] });

    formulaIds = [];
    for (const [index, code] of ["F1", "F2"].entries()) {
      const formula = await post<{ id: string }>(admin, "/api/v1/formulas", {
        productId,
        code,
        label: `Formule ${index + 1}`,
        sortOrder: index,
        guaranteeLevels: { [hospital.id]: `${100 + index * 50} % BR`, [glasses.id]: `${100 + index * 100} € / an` },
        coverageLevels: { hospital: index + 1, optical: index + 2 },
      });
      formulaIds.push(formula.id);
    }
    const listed = (await admin.request({ method: "GET", url: `/api/v1/formulas?productId=${productId}` })).json<{ items: { code: string }[] }>();
    expect(listed.items.map((formula) => formula.code)).toEqual(["F1", "F2"]);
    const table = (await admin.request({ method: "GET", url: `/api/v1/formulas/${formulaIds[1]}/guarantee-table` })).json<{ modules: unknown[] }>();
    expect(table.modules).toEqual([
      { coverageModule: "hospital", coverageLevel: 2, guarantees: [{ code: "stay", label: "Frais de séjour", level: "150 % BR" }] },
      { coverageModule: "optical", coverageLevel: 3, guarantees: [{ code: "glasses", label: "Lunettes", level: "200 € / an" }] },
    ]);
    const wrongLevel = await post<Errors>(admin, "/api/v1/formulas", { productId, code: "F9", label: "x", coverageLevels: { hospital: 9, astrology: 2 } }, 400);
    expect(fieldsOf(wrongLevel)).toEqual([["coverageLevels.hospital", "validation.too_big"]]);
  });

  it("prices with the tariff version in force at the effective date, every cent on a line", async () => {
    await post(admin, `/api/v1/products/${productId}/tariffs`, tariff(formulaIds, "2026-01-01", 4600));
    await post(admin, `/api/v1/products/${productId}/tariffs`, tariff(formulaIds, "2026-07-01", 4800));
    const january = await post<{ monthly: Record<string, number>; tariffVersion: string; lines: { amountCents: number; component: string }[] }>(
      advisor,
      "/api/v1/pricing/price",
      { productId, formulaId: formulaIds[0], ...profile },
      200,
    );
    expect(january.monthly).toEqual({ netCents: 4600, feesCents: 300, taxCents: 650, discountCents: 0, grossCents: 5550 });
    expect(january.tariffVersion).toBe("1 (2026-01-01)");
    const july = await post<{ monthly: Record<string, number>; tariffVersion: string }>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], ...profile, effectiveDate: "2026-08-01" }, 200);
    expect(july.monthly.netCents).toBe(4800);
    expect(july.tariffVersion).toBe("2 (2026-07-01)");
  });

  it("refuses, when the tariff is saved, a discount whose roles the pricing could not honour", async () => {
    const flat = { ...tariff(formulaIds, "2026-01-01", 4600), grids: formulaIds.map((formulaId) => ({ formulaId, grid: { type: "flat", rows: [{ amountCents: 9000 }] } })) };
    const refused = await post<Errors>(
      admin,
      `/api/v1/products/${productId}/tariffs`,
      {
        ...flat,
        discounts: [
          { kind: "couple", label: "Remise conjoint", percent: "10", roles: ["spouse"] },
          { kind: "commercial", label: "Offre enfants", amountCents: 500, roles: ["child"] },
          { kind: "couple", label: "Remise couple", percent: "10", roles: ["main_insured", "spouse"] },
        ],
      },
      400,
    );
    expect(fieldsOf(refused)).toEqual([
      ["discounts.1.roles", "pricing.discount_roles_percent_only"],
      ["discounts.0.roles", "pricing.discount_roles_contract"],
    ]);
  });

  it("refuses, when the tariff is saved, codes that could never match and rules that contradict themselves", async () => {
    const version = tariff(formulaIds, "2026-01-01", 4600);
    const [first] = version.grids;
    if (!first) throw new Error("no grid");
    const withRows = (rows: Record<string, unknown>[]) => ({ ...version, grids: [{ ...first, grid: { ...first.grid, rows: [...rows, ...first.grid.rows] } }] });
    const refused = async (body: unknown) => fieldsOf(await post<Errors>(admin, `/api/v1/products/${productId}/tariffs`, body, 400));

    expect(
      await refused({
        ...withRows([{ localRegimes: ["corsica"], amountCents: 100 }]),
        zones: { "69": "Z2", "20": "Z2", "00": "Z1", "6": "Z3" },
        discounts: [{ kind: "commercial", label: "Offre", percent: "5", validFrom: "2026-03-01", validTo: "2026-02-01" }],
        commissions: [{ introducerKind: "broker", label: "Courtier", percent: "150" }],
      }),
    ).toEqual([
      ["zones.6", "pricing.not_a_department"],
      ["zones.20", "pricing.not_a_department"],
      ["zones.00", "pricing.not_a_department"],
      ["discounts.0.validTo", "pricing.valid_to_before_from"],
      ["commissions.0.percent", "pricing.percent_above_100"],
      ["grids.0.grid.rows.0.localRegimes.0", "validation.invalid_value"],
    ]);
    expect(await refused(withRows([{ zones: ["Z2", "Z9"], amountCents: 100 }]))).toEqual([["grids.0.grid.rows.0.zones.1", "pricing.zone_not_in_table"]]);
    expect(
      await refused({
        ...withRows([{ socialRegimes: ["general", "martian"], amountCents: 100 }]),
        discounts: [{ kind: "commercial", label: "Offre", percent: "5", channels: ["online", "pigeon"] }],
        commissions: [{ introducerKind: "astrologer", label: "?", percent: "5" }],
      }),
    ).toEqual([
      ["grids.0.grid.rows.0.socialRegimes.1", "pricing.unknown_social_regime"],
      ["discounts.0.channels.1", "pricing.unknown_channel"],
      ["commissions.0.introducerKind", "pricing.unknown_introducer_kind"],
    ]);
  });

  it("explains every line in the caller's language: French by default, English on Accept-Language", async () => {
    type Line = { beneficiary: number | null; component: string; basis: string; basisDetail: { code: string } };
    const explained = async (headers: Record<string, string>) => {
      const response = await advisor.request({ method: "POST", url: "/api/v1/pricing/price", headers, payload: { productId, formulaId: formulaIds[0], ...profile } });
      expect(response.statusCode, response.body).toBe(200);
      const { lines } = response.json<{ lines: Line[] }>();
      const of = (component: string) => lines.find((line) => line.component === component && line.beneficiary === 0);
      return { contribution: of("contribution"), tax: of("tax") };
    };
    const french = await explained({});
    expect(french.contribution?.basis).toBe("Assuré principal, 42 ans (tranche 18–44 ans), zone Z2 (département 69)");
    expect(french.tax?.basis).toBe("HT après remises, plus frais : 46,00\u00a0€");
    expect(french.tax?.basisDetail).toEqual({ code: "net_after_discounts_plus_fees", baseCents: 4600 });
    expect(await explained({ "accept-language": "fr-FR,fr;q=0.9,en;q=0.8" })).toEqual(french);
    const english = await explained({ "accept-language": "en-GB,en;q=0.9" });
    expect(english.contribution?.basis).toBe("Main insured, age 42 (18–44), zone Z2 (department 69)");
    expect(english.tax?.basis).toBe("Net after discounts, plus fees: €46.00");
    expect(english.contribution?.basisDetail).toEqual(french.contribution?.basisDetail);
  });

  it("names the field when the profile cannot be priced", async () => {
    const tooOld = await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], ...profile, beneficiaries: [...profile.beneficiaries, { role: "child", birthDate: "1990-01-01" }] }, 400);
    expect(fieldsOf(tooOld)).toEqual([["beneficiaries.1.birthDate", "pricing.no_rate"]]);
    const before = await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], ...profile, effectiveDate: "2025-06-01" }, 400);
    expect(fieldsOf(before)).toEqual([["effectiveDate", "pricing.no_tariff_in_force"]]);
    const typo = await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], ...profile, socialRegime: "generale" }, 400);
    expect(fieldsOf(typo)).toEqual([["socialRegime", "pricing.unknown_social_regime"]]);
    const otherFormula = await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: productId, ...profile }, 400);
    expect(fieldsOf(otherFormula)).toEqual([["formulaId", "pricing.formula_not_in_product"]]);
    for (const postalCode of ["00000", "96000", "99999", "98000"]) {
      const unknown = await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], ...profile, postalCode }, 400);
      expect(fieldsOf(unknown), postalCode).toEqual([["postalCode", "pricing.postal_code_unknown"]]);
    }
    expect(fieldsOf(await post<Errors>(advisor, "/api/v1/pricing/proposals", { channel: "agency", ...profile, postalCode: "99999" }, 400))).toEqual([["postalCode", "pricing.postal_code_unknown"]]);
    const twice = { ...profile, options: ["DENT", "OPT", "DENT"] };
    expect(fieldsOf(await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], ...twice }, 400))).toEqual([["options.2", "pricing.option_twice"]]);
    expect(fieldsOf(await post<Errors>(advisor, "/api/v1/pricing/proposals", { channel: "agency", ...twice }, 400))).toEqual([["options.2", "pricing.option_twice"]]);
  });

  it("proposes every formula sold on the channel, cheapest first", async () => {
    const proposals = await post<{ items: { formulaLabel: string; price: { monthly: { grossCents: number } } }[] }>(advisor, "/api/v1/pricing/proposals", { channel: "agency", ...profile }, 200);
    const ours = proposals.items.filter((item) => item.formulaLabel.startsWith("Formule"));
    expect(ours.map((item) => [item.formulaLabel, item.price.monthly.grossCents])).toEqual([
      ["Formule 1", 5550],
      ["Formule 2", 6683],
    ]);
    const broker = await post<{ items: { formulaLabel: string }[] }>(advisor, "/api/v1/pricing/proposals", { channel: "broker", ...profile }, 200);
    expect(broker.items.some((item) => item.formulaLabel.startsWith("Formule"))).toBe(false);
    const unknown = await post<Errors>(advisor, "/api/v1/pricing/proposals", { channel: "pigeon", ...profile }, 400);
    expect(fieldsOf(unknown)).toEqual([["channel", "pricing.unknown_channel"]]);
    expect(fieldsOf(await post<Errors>(advisor, "/api/v1/pricing/price", { productId, formulaId: formulaIds[0], channel: "pigeon", ...profile }, 400))).toEqual([["channel", "pricing.unknown_channel"]]);
  });

  it("proposes a product only while it is active and on sale at the effective date", async () => {
    const ourLabels = async (effectiveDate: string) => {
      const proposals = await post<{ items: { formulaLabel: string }[] }>(advisor, "/api/v1/pricing/proposals", { channel: "agency", ...profile, effectiveDate }, 200);
      return proposals.items.map((item) => item.formulaLabel).filter((label) => label.startsWith("Formule"));
    };
    const change = async (fields: Record<string, unknown>) => {
      const { version } = (await admin.request({ method: "GET", url: `/api/v1/products/${productId}` })).json<{ version: number }>();
      const changed = await admin.request({ method: "PATCH", url: `/api/v1/products/${productId}`, payload: { ...fields, version } });
      expect(changed.statusCode, changed.body).toBe(200);
    };
    const priced = async (fields: Record<string, unknown>) => {
      const response = await advisor.request({ method: "POST", url: "/api/v1/pricing/price", payload: { productId, formulaId: formulaIds[0], ...profile, ...fields } });
      return response.statusCode === 200 ? "priced" : fieldsOf(response.json<Errors>());
    };
    await change({ saleStart: "2026-02-01", saleEnd: "2026-03-31" });
    expect(await priced({ effectiveDate: "2026-01-31" })).toEqual([["effectiveDate", "catalogue.not_on_sale_at_date"]]);
    expect(await priced({ effectiveDate: "2026-04-01" })).toEqual([["effectiveDate", "catalogue.not_on_sale_at_date"]]);
    expect(await priced({ effectiveDate: "2026-03-31", channel: "agency" })).toBe("priced");
    expect(await priced({ effectiveDate: "2026-03-31", channel: "broker" })).toEqual([["channel", "catalogue.not_sold_on_channel"]]);
    expect(await ourLabels("2026-01-31")).toEqual([]);
    expect(await ourLabels("2026-02-01")).toEqual(["Formule 1", "Formule 2"]);
    expect(await ourLabels("2026-03-31")).toEqual(["Formule 1", "Formule 2"]);
    expect(await ourLabels("2026-04-01")).toEqual([]);
    await change({ saleStart: null, saleEnd: null, active: false });
    expect(await ourLabels("2026-02-01")).toEqual([]);
    expect(await priced({ effectiveDate: "2026-02-01" })).toEqual([["productId", "catalogue.product_inactive"]]);
    await change({ active: true });
    expect(await ourLabels("2026-02-01")).toEqual(["Formule 1", "Formule 2"]);
  });

  it("prices the demo catalogue: four individual formulas online, three group formulas through brokers", async () => {
    const family = { ...profile, beneficiaries: [...profile.beneficiaries, { role: "spouse", birthDate: "1986-11-02" }, { role: "child", birthDate: "2014-03-01" }] };
    const online = await post<{ items: { formulaLabel: string; price: { monthly: { grossCents: number; discountCents: number } } }[] }>(advisor, "/api/v1/pricing/proposals", { channel: "online", ...family }, 200);
    const demo = online.items.filter((item) => !item.formulaLabel.startsWith("Formule"));
    expect(demo.map((item) => item.formulaLabel)).toEqual(["Essentiel", "Confort", "Confort+", "Excellence"]);
    expect(demo.every((item) => item.price.monthly.discountCents > 0)).toBe(true);
    const employee = { ...profile, beneficiaries: [{ role: "main_insured", birthDate: "1990-02-15" }] };
    const group = await post<{ items: { formulaLabel: string; price: { monthly: { netCents: number } } }[] }>(advisor, "/api/v1/pricing/proposals", { channel: "broker", ...employee }, 200);
    expect(group.items.map((item) => [item.formulaLabel, item.price.monthly.netCents])).toEqual([
      ["Socle ANI", 4406],
      ["Renfort", 5727],
      ["Premium", 7730],
    ]);
  });

  it("commissions the introducer by its kind in the organisation: a broker 8 % of the monthly group net, an agency nothing there", async () => {
    type Introducers = { items: { id: string }[] };
    const [broker] = (await admin.request({ method: "GET", url: "/api/v1/introducers?kind=broker&perPage=1" })).json<Introducers>().items;
    const [agency] = (await admin.request({ method: "GET", url: "/api/v1/introducers?kind=agency&perPage=1" })).json<Introducers>().items;
    const employee = { ...profile, beneficiaries: [{ role: "main_insured", birthDate: "1990-02-15" }] };
    type Proposals = { items: { formulaLabel: string; price: { monthly: { netCents: number }; commissionCents: number } }[] };
    const proposals = (introducerId: string | undefined) => post<Proposals>(advisor, "/api/v1/pricing/proposals", { channel: "broker", ...employee, ...(introducerId ? { introducerId } : {}) }, 200);
    const byBroker = await proposals(broker?.id);
    expect(byBroker.items.map((item) => [item.formulaLabel, item.price.commissionCents])).toEqual(byBroker.items.map((item) => [item.formulaLabel, Math.round(item.price.monthly.netCents * 0.08)]));
    expect(byBroker.items.every((item) => item.price.commissionCents > 0)).toBe(true);
    expect((await proposals(agency?.id)).items.map((item) => item.price.commissionCents)).toEqual([0, 0, 0]);
    const unknown = await post<Errors>(advisor, "/api/v1/pricing/proposals", { channel: "broker", ...employee, introducerId: "00000000-0000-4000-8000-000000000000" }, 400);
    expect(fieldsOf(unknown)).toEqual([["introducerId", "pricing.unknown_introducer"]]);
  });

  it("keeps tenants apart and writing to those allowed", async () => {
    expect((await beta.request({ method: "GET", url: `/api/v1/ranges/${rangeId}` })).statusCode).toBe(404);
    for (const [caller, id] of [
      [beta, productId],
      [admin, "01a20f0a-1c19-73d2-a7fe-000000000000"],
    ] as const) {
      const formulas = await caller.request({ method: "GET", url: `/api/v1/formulas?productId=${id}` });
      expect([formulas.statusCode, formulas.headers["content-type"], formulas.json<{ code: string }>().code]).toEqual([404, expect.stringContaining("application/problem+json"), "record.not_found"]);
    }
    expect((await beta.request({ method: "POST", url: "/api/v1/pricing/price", payload: { productId, formulaId: formulaIds[0], ...profile } })).statusCode).toBe(400);
    expect((await advisor.request({ method: "POST", url: "/api/v1/ranges", payload: { code: "X", label: "X", domain: "health", contractType: "group", rangeType: "base" } })).statusCode).toBe(403);
    expect((await admin.request({ method: "DELETE", url: `/api/v1/ranges/${rangeId}` })).statusCode).toBe(409);
  });
});
