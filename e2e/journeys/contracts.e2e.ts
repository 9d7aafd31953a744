import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { signIn, sortEveryColumn, uniqueLetters, type Journey } from "../support";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/interfaces/samples");
const INTAKE_FILES = ["holders", "contracts", "beneficiaries"] as const;

/**
 * The three sample files of docs/interfaces/samples with their contract numbers, family names and
 * e-mail made unique for this run, so that the dry run finds new contracts and new persons whatever ran
 * before in the same database (a replay of the samples as such would find them unchanged).
 */
async function uniqueSamples(letters: string): Promise<Record<(typeof INTAKE_FILES)[number], { name: string; mimeType: string; buffer: Buffer }>> {
  const rewrite = (text: string) =>
    text
      .replaceAll("PART-", `P${letters.toUpperCase()}-`)
      .replaceAll(";Partenaire;", `;Partenaire${letters};`)
      .replaceAll(";Docker;", `;Docker${letters};`)
      .replaceAll("ines.partenaire@", `ines.partenaire.${letters}@`);
  const files = await Promise.all(
    INTAKE_FILES.map(async (file) => {
      const name = `intake-${file}.csv`;
      return [file, { name, mimeType: "text/csv", buffer: Buffer.from(rewrite(await readFile(path.join(samples, name), "utf8"))) }] as const;
    }),
  );
  return Object.fromEntries(files) as Record<(typeof INTAKE_FILES)[number], { name: string; mimeType: string; buffer: Buffer }>;
}

/**
 * The 3-file contract intake (French UI), as the admin of Mutuelle Alpha: upload the sample
 * holders, contracts and beneficiaries files, read the dry run (3 contracts to create, 2 rejected
 * with their reasons, the faults grouped by file), confirm, watch the progress bar reach the end,
 * then open a created contract and its holder, now « Adhérent » (member) and equipped in health.
 */
const journey: Journey = {
  name: "contracts",
  async run({ page, baseUrl, step }) {
    const letters = uniqueLetters();
    const prefix = `P${letters.toUpperCase()}-`;
    const healthContract = `${prefix}003`;
    const files = await uniqueSamples(letters);

    await step("sign in as admin@alpha.demo", () => signIn(page, baseUrl, "admin@alpha.demo", "Mutuelle Alpha"));

    await step("open « Déposer des contrats » and choose the three sample files", async () => {
      await page.getByRole("menuitem", { name: "Déposer des contrats" }).click();
      await page.getByTestId("intake-wizard").waitFor();
      for (const file of INTAKE_FILES) await page.getByTestId(`intake-file-${file}`).setInputFiles(files[file]);
    });

    await step("the dry run: 3 contracts to create, 2 rejected with their reasons, faults grouped by file", async () => {
      await page.getByTestId("intake-preview-button").click();
      const preview = page.getByTestId("intake-preview");
      await preview.waitFor();
      const counts = page.getByTestId("intake-preview-counts");
      await counts.locator('[data-testid="intake-preview-counts-created"][data-count="3"]').waitFor();
      await counts.locator('[data-testid="intake-preview-counts-rejected"][data-count="2"]').waitFor();
      const lines = preview.getByTestId("intake-preview-line");
      if ((await lines.count()) !== 5) throw new Error(`expected the 5 lines of the contracts file, got ${await lines.count()}`);
      await preview.locator(`[data-testid="intake-preview-line"][data-result="created"]`).filter({ hasText: healthContract }).waitFor();
      await preview.locator(`[data-testid="intake-preview-line"][data-result="rejected"]`).filter({ hasText: `${prefix}004` }).filter({ hasText: "Titulaire absent du fichier des titulaires" }).waitFor();
      await preview.getByTestId("intake-errors-holders").filter({ hasText: "birth_date" }).waitFor();
      await preview.getByTestId("intake-errors-beneficiaries").filter({ hasText: "Contrat absent du fichier des contrats" }).waitFor();
    });

    await step("confirm: the progress bar reaches the end, 3 created and 2 rejected", async () => {
      await page.getByTestId("intake-confirm").click();
      const run = page.getByTestId("intake-run");
      await run.locator('[data-testid="job-progress"][data-state="succeeded"]').waitFor({ timeout: 60_000 });
      const bar = run.getByRole("progressbar");
      const value = await bar.getAttribute("aria-valuenow");
      if (value !== "100") throw new Error(`the progress bar stopped at ${value ?? "?"}`);
      await run.locator('[data-testid="intake-run-counts-created"][data-count="3"]').waitFor();
      await run.locator('[data-testid="intake-run-counts-rejected"][data-count="2"]').waitFor();
    });

    await step(`open the created contract ${healthContract}`, async () => {
      await page.getByTestId("intake-run-contracts").click();
      await page.getByTestId("contract-list").waitFor();
      await page.locator('input[name="q"]').fill(healthContract);
      // The search is debounced: click once the list is filtered, or its late navigation would undo the click.
      await page.waitForURL((url) => url.search.includes(encodeURIComponent(healthContract)));
      const rows = page.getByTestId("contract-list").locator("tbody tr");
      await rows.filter({ hasNotText: healthContract }).first().waitFor({ state: "detached" });
      await rows.filter({ hasText: healthContract }).waitFor();
      await page.getByTestId("contract-list").getByText(healthContract, { exact: true }).click();
      await page.waitForURL(/\/contracts\/[0-9a-f-]{36}\/show$/);
      const show = page.getByTestId("contract-show");
      await show.waitFor();
      await show.getByTestId("contract-number").filter({ hasText: healthContract }).waitFor();
      await show.getByTestId("contract-status").filter({ hasText: "En cours" }).waitFor();
      await show.locator('[data-testid="contract-beneficiary"][data-role="child"]').filter({ hasText: "Lina" }).waitFor();
    });

    await step("open its holder: now « Adhérent », equipped in health and savings", async () => {
      await page.getByTestId("contract-header").getByTestId("contract-holder").click();
      const header = page.getByTestId("person-header");
      await header.getByTestId("person-title").filter({ hasText: `Partenaire${letters}` }).waitFor();
      await header.getByTestId("person-nature").filter({ hasText: /^Adhérent$/ }).waitFor();
      await header.getByTestId("person-coverage-flags").locator('[data-domain="health"]').waitFor();
      await header.getByTestId("person-coverage-flags").locator('[data-domain="savings_retirement"]').waitFor();
      await page.getByTestId("person-tab-contracts").click();
      await page.getByTestId("contracts-tab").getByTestId("contract-row").filter({ hasText: healthContract }).waitFor();
    });

    await step("the contracts list sorts by every column it offers", async () => {
      await page.getByRole("menuitem", { name: "Contrats", exact: true }).click();
      await page.waitForURL(/\/contracts(\?|$)/);
      await page.getByTestId("contract-list").locator("thead").getByText("Système source", { exact: true }).waitFor();
      console.log(`    sorted by: ${(await sortEveryColumn(page, "/contracts")).join(", ")}`);
    });
  },
};

export default journey;
