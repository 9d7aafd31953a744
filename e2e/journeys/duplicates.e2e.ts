import type { Page } from "playwright-core";
import { PDF, signIn, uniqueLetters, type Journey } from "../support";

interface TypedPerson {
  lastName: string;
  firstName: string;
  mobilePhone?: string;
}

/** Opens the creation form and types the person, born on 17 May 1984, from the origin Agence en ligne. */
async function typePerson(page: Page, person: TypedPerson): Promise<void> {
  await page.getByRole("menuitem", { name: "Personnes" }).click();
  await page.waitForURL(/\/persons$/);
  await page.getByRole("link", { name: "Créer" }).click();
  await page.waitForURL(/\/persons\/create$/);
  await page.getByTestId("person-form").waitFor();
  await page.getByRole("textbox", { name: /^Nom\W*$/ }).fill(person.lastName);
  await page.getByLabel("Prénom", { exact: true }).fill(person.firstName);
  await page.getByLabel("Date de naissance", { exact: true }).fill("1984-05-17");
  if (person.mobilePhone) await page.getByLabel("Mobile", { exact: true }).fill(person.mobilePhone);
  const origin = page.getByRole("combobox", { name: "Origine" });
  await origin.click();
  await origin.fill("Agence");
  await page.getByRole("option", { name: "Agence en ligne" }).click();
}

async function attach(page: Page, fileName: string): Promise<void> {
  await page.getByRole("tab", { name: "Pièces jointes" }).click();
  await page.getByTestId("attachment-file-input").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("attachment-row").filter({ hasText: fileName }).waitFor();
}

/**
 * Duplicates at entry (French UI): a person with an address and an attachment is entered again
 * with another spelling (capitals, accents dropped); the form shows the existing record side by
 * side, the user merges the new mobile number into it, and lands on the one record, linked data intact.
 */
const journey: Journey = {
  name: "duplicates",
  async run({ page, baseUrl, step }) {
    const suffix = uniqueLetters();
    const lastName = `Le Hénaff-${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}`;
    const retyped = `LE HENAFF ${suffix.toUpperCase()}`;
    let personPath = "";
    let candidateId = "";
    let thirdPath = "";

    await step("sign in as admin@alpha.demo", () => signIn(page, baseUrl, "admin@alpha.demo", "Mutuelle Alpha"));

    await step(`create Mme Gwenaëlle ${lastName} with a main address`, async () => {
      await typePerson(page, { lastName, firstName: "Gwenaëlle" });
      await page.getByRole("radio", { name: "Mme" }).check();
      const address = page.getByTestId("address-main");
      await address.getByLabel("N° et libellé de la voie").fill("3 quai Tourville");
      await address.getByLabel("Code postal").fill("29200");
      await address.getByLabel("Ville").fill("Brest");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      personPath = new URL(page.url()).pathname;
      await page.getByTestId("person-title").filter({ hasText: lastName }).waitFor();
    });

    await step("attach a document to the record", () => attach(page, "carte-tiers-payant.pdf"));

    await step(`enter the same person again as ${retyped} Gwenaelle, with a mobile number`, async () => {
      await typePerson(page, { lastName: retyped, firstName: "Gwenaelle", mobilePhone: "06 98 76 54 32" });
      // The check while typing warns before saving, without blocking.
      await page.getByTestId("duplicate-check-warning").filter({ hasText: "Gwenaëlle" }).waitFor();
      await page.getByRole("button", { name: "Enregistrer" }).click();
    });

    await step("the duplicates dialog shows the existing record side by side, with its score and rule", async () => {
      const dialog = page.getByTestId("duplicate-dialog");
      await dialog.waitFor();
      const candidate = dialog.getByTestId("duplicate-candidate").filter({ hasText: "Gwenaëlle" });
      await candidate.waitFor();
      await candidate.getByTestId("duplicate-rule").filter({ hasText: "Même nom, prénom et date de naissance" }).waitFor();
      await dialog.locator("td[data-matched=true]").filter({ hasText: "Gwenaëlle" }).waitFor();
      candidateId = (await candidate.getAttribute("data-candidate-id")) ?? "";
      console.log(`    candidate: ${(await candidate.innerText()).replace(/\n/g, " / ")}`);
    });

    await step("merge: keep the stored name, take the typed mobile number", async () => {
      const dialog = page.getByTestId("duplicate-dialog");
      // Other records may share a generated demo mobile number: merge into the one entered above.
      await dialog.locator(`[data-testid="duplicate-merge"][data-candidate-id="${candidateId}"]`).click();
      const chooser = dialog.getByTestId("merge-chooser");
      await chooser.waitFor();
      await chooser.locator('[data-testid="merge-choice-lastName-target"][data-chosen=true]').waitFor();
      await chooser.locator('[data-testid="merge-choice-mobilePhone-source"][data-chosen=true]').waitFor();
      await dialog.getByTestId("entry-merge-confirm").click();
    });

    await step("the existing record opens with the merged mobile number, nothing else created", async () => {
      await page.waitForURL((url) => url.pathname === personPath);
      await page.getByTestId("person-title").filter({ hasText: `Gwenaëlle ${lastName}` }).waitFor();
      await page.getByTestId("person-header").filter({ hasText: "06 98 76 54 32" }).waitFor();
    });

    await step("its linked data are there: the address and the attachment", async () => {
      await page.getByRole("tab", { name: "Adresses" }).click();
      await page.getByTestId("person-address-main").filter({ hasText: "29200 BREST" }).waitFor();
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-row").filter({ hasText: "carte-tiers-payant.pdf" }).waitFor();
    });

    const thirdName = `Le Henaff-${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}`;
    await step(`enter her a third time as ${thirdName} and create anyway (false duplicate), with a document`, async () => {
      await typePerson(page, { lastName: thirdName, firstName: "Gwenaelle" });
      await page.getByRole("button", { name: "Enregistrer" }).click();
      const dialog = page.getByTestId("duplicate-dialog");
      await dialog.locator(`[data-testid="duplicate-candidate"][data-candidate-id="${candidateId}"]`).waitFor();
      await dialog.getByTestId("duplicate-create-anyway").click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      await page.getByTestId("person-title").filter({ hasText: thirdName }).waitFor();
      thirdPath = new URL(page.url()).pathname;
      await attach(page, "mandat-sepa.pdf");
    });

    await step("on the first record, « Fusionner… » the third one into it, choosing field by field", async () => {
      await page.goto(new URL(personPath, baseUrl).toString());
      await page.getByTestId("person-title").filter({ hasText: lastName }).waitFor();
      await page.getByTestId("merge-button").click();
      const dialog = page.getByTestId("merge-dialog");
      await dialog.getByTestId("merge-source-input").fill(suffix);
      await page.getByRole("option").filter({ hasText: thirdName.toUpperCase() }).first().click();
      await dialog.locator('[data-testid="merge-choice-lastName-target"][data-chosen=true]').waitFor();
      await dialog.getByTestId("merge-confirm").click();
      await dialog.waitFor({ state: "detached" });
    });

    await step("the kept record now holds both documents", async () => {
      await page.reload();
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-row").filter({ hasText: "mandat-sepa.pdf" }).waitFor();
      await page.getByTestId("attachment-row").filter({ hasText: "carte-tiers-payant.pdf" }).waitFor();
    });

    await step("the merged record's address leads to the kept record, with a notice", async () => {
      await page.goto(new URL(thirdPath, baseUrl).toString());
      await page.getByText("Cette fiche a été fusionnée dans").waitFor();
      await page.waitForURL((url) => url.pathname === personPath);
      await page.getByTestId("person-title").filter({ hasText: lastName }).waitFor();
    });

    await step("the « Fusions » tab lists the merge, and « Annuler la fusion » puts the third record back", async () => {
      await page.getByRole("tab", { name: "Fusions" }).click();
      const row = page.getByTestId("merge-row").first();
      await row.getByTestId("merge-undo").click();
      await page.getByRole("button", { name: "Confirmer" }).click();
      await page.locator('[data-testid="merge-row"][data-undone=true]').waitFor();
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-row").filter({ hasText: "carte-tiers-payant.pdf" }).waitFor();
      await page.getByTestId("attachment-row").filter({ hasText: "mandat-sepa.pdf" }).waitFor({ state: "detached" });
    });

    await step("a company entered with the SIREN of a demo company is suspected, and may be created anyway", async () => {
      await page.getByRole("menuitem", { name: "Entreprises" }).click();
      await page.waitForURL(/\/companies$/);
      const siren = (await page.getByTestId("company-list").locator("tbody tr").first().getByText(/^\d{3} \d{3} \d{3}$/).innerText()).trim();
      await page.getByRole("link", { name: "Créer" }).click();
      await page.getByTestId("company-form").waitFor();
      await page.getByRole("textbox", { name: /^Raison sociale\W*$/ }).fill(`Établissement ${suffix}`);
      await page.getByTestId("siren-input").fill(siren);
      const origin = page.getByRole("combobox", { name: "Origine" });
      await origin.click();
      await origin.fill("Agence");
      await page.getByRole("option", { name: "Agence en ligne" }).click();
      await page.getByRole("button", { name: "Enregistrer" }).click();
      const dialog = page.getByTestId("duplicate-dialog");
      await dialog.getByTestId("duplicate-rule").filter({ hasText: "Même SIREN" }).first().waitFor();
      await dialog.getByTestId("duplicate-create-anyway").click();
      await page.waitForURL(/\/companies\/[0-9a-f-]{36}\/show$/);
      await page.getByTestId("company-title").filter({ hasText: `Établissement ${suffix}` }).waitFor();
    });

    await step("the « Doublons » review page runs a scan of the whole base", async () => {
      await page.getByRole("menuitem", { name: "Doublons", exact: true }).click();
      await page.waitForURL(/\/duplicate-candidates/);
      await page.getByTestId("duplicate-scan").click();
      await page.locator('[data-testid="job-progress"][data-state=succeeded]').waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Fermer" }).click();
    });

    await step("the rules page lists the default rules", async () => {
      await page.getByRole("menuitem", { name: "Règles de doublons" }).click();
      await page.getByTestId("duplicate-rule-list").getByText("Même nom, prénom et date de naissance").waitFor();
    });

    await step("a default rule opens in its form and a new label saves", async () => {
      await page.getByTestId("duplicate-rule-list").getByText("Même adresse e-mail").click();
      const label = page.getByLabel("Libellé");
      await label.waitFor();
      await label.fill("Même adresse e-mail (contrôle)");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.getByTestId("duplicate-rule-list").getByText("Même adresse e-mail (contrôle)").waitFor();
    });
  },
};

export default journey;
