import type { Page } from "playwright-core";
import { signIn, type Journey } from "../support";

const PRODUCT = "Santé Particuliers — vente directe";
/** The main insured's row of the demo grid: born 1980 (age 45–54 by year of birth), living in Paris (zone Z3). */
const ROW_ID = "roles=main_insured,spouse,dependent;age=45-54;zones=Z3";
const FORMULA = "ESSENTIEL";
const FAMILY = [
  { role: "Assuré principal", birthDate: "1980-05-01" },
  { role: "Conjoint", birthDate: "1983-09-14" },
  { role: "Enfant", birthDate: "2012-02-03" },
  { role: "Enfant", birthDate: "2015-06-20" },
  { role: "Enfant", birthDate: "2019-11-08" },
];

const compact = (text: string | null) => (text ?? "").replace(/\s/g, "");

/** Prices the family on the "try a price" tab; answers the monthly gross and the main insured's contribution as shown. */
async function priceFamily(page: Page): Promise<{ gross: string; mainContribution: string }> {
  await page.getByTestId("product-tab-price").click();
  const panel = page.getByTestId("try-price");
  await panel.getByLabel("Code postal").fill("75011");
  for (const [index, member] of FAMILY.entries()) {
    if (index > 0) await panel.getByRole("button", { name: "Ajouter" }).click();
    const role = panel.getByRole("combobox", { name: "Qualité" }).nth(index);
    if (compact(await role.textContent()) !== compact(member.role)) {
      await role.click();
      await page.getByRole("option", { name: member.role, exact: true }).click();
    }
    await panel.getByLabel("Date de naissance").nth(index).fill(member.birthDate);
  }
  await page.getByTestId("try-price-submit").click();
  const result = page.getByTestId("price-result");
  await result.waitFor();
  const mainLine = result.locator('tr[data-component="contribution"][data-beneficiary="0"]');
  return {
    gross: compact(await page.getByTestId("price-monthly-gross").textContent()),
    mainContribution: compact(await mainLine.getByTestId("price-line-amount").textContent()),
  };
}

/**
 * The product workshop (French UI): the admin opens the individual health product, prices a family
 * of five, raises one cell of the tariff grid (main insured, 45–54, zone 3, formula Essentiel), saves
 * it as a new version in force today, prices the family again and sees the new amount in the
 * explanation and a higher total. Reads the cell before changing it: a previous run's version is fine.
 */
const journey: Journey = {
  name: "catalogue",
  async run({ page, baseUrl, step }) {
    let before = { gross: "", mainContribution: "" };
    let newCell = "";

    await step("sign in as admin@alpha.demo", () => signIn(page, baseUrl, "admin@alpha.demo", "Mutuelle Alpha"));

    await step(`open the product ${PRODUCT}`, async () => {
      await page.getByRole("menuitem", { name: "Produits" }).click();
      await page.waitForURL(/\/products$/);
      await page.getByTestId("product-list").getByText(PRODUCT, { exact: true }).click();
      await page.getByTestId("product-title").filter({ hasText: PRODUCT }).waitFor();
    });

    await step("price a family: main insured, spouse, three children", async () => {
      before = await priceFamily(page);
      if (!before.gross.endsWith("€")) throw new Error(`no gross price shown: ${before.gross}`);
    });

    await step(`raise the ${FORMULA} cell of ${ROW_ID} by 1,11 € and save a new version effective today`, async () => {
      await page.getByTestId("product-tab-tariffs").click();
      const cell = page.getByTestId("tariff-grid").locator(`[role="row"][data-id="${ROW_ID}"] [data-field="${FORMULA}"]`);
      const current = compact(await cell.textContent());
      const cents = Math.round(Number(current.replace(",", ".")) * 100);
      if (!Number.isFinite(cents) || cents <= 0) throw new Error(`unexpected cell text "${current}"`);
      if (compact(before.mainContribution) !== `${current}€`) throw new Error(`the price used ${before.mainContribution}, the grid shows ${current}`);
      newCell = ((cents + 111) / 100).toFixed(2).replace(".", ",");
      await cell.dblclick();
      const input = cell.locator("input");
      await input.fill(newCell);
      await input.press("Enter");
      await cell.filter({ hasText: newCell }).waitFor();
      await page.getByTestId("tariff-save").click();
      await page.getByTestId("tariff-save-confirm").click();
      await page.getByText(/Version \d+ enregistrée/).waitFor();
      await page.getByTestId("tariff-in-force").waitFor();
      await cell.filter({ hasText: newCell }).waitFor();
    });

    await step("price the family again: the new rate is in the explanation and the total moved", async () => {
      const after = await priceFamily(page);
      if (after.mainContribution !== `${newCell}€`) throw new Error(`main insured's contribution is ${after.mainContribution}, expected ${newCell}€`);
      if (after.gross === before.gross) throw new Error(`the gross price did not move (${after.gross})`);
      const toCents = (text: string) => Math.round(Number(text.replace("€", "").replace(",", ".")) * 100);
      if (toCents(after.gross) <= toCents(before.gross)) throw new Error(`the gross price went from ${before.gross} to ${after.gross}, not up`);
    });
  },
};

export default journey;
