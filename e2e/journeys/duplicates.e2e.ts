import type { Page } from "playwright-core";
import { PDF, signIn, uniqueLetters, type Journey } from "../support";

async function openPersonCreation(page: Page): Promise<void> {
  await page.getByRole("menuitem", { name: "Personnes" }).click();
  await page.waitForURL(/\/persons$/);
  await page.getByRole("link", { name: "Créer" }).click();
  await page.waitForURL(/\/persons\/create$/);
  await page.getByTestId("person-form").waitFor();
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

    await step("sign in as admin@alpha.demo", () => signIn(page, baseUrl, "admin@alpha.demo", "Mutuelle Alpha"));

    await step(`create Mme Gwenaëlle ${lastName} with a main address`, async () => {
      await openPersonCreation(page);
      await page.getByRole("radio", { name: "Mme" }).check();
      await page.getByRole("textbox", { name: /^Nom\W*$/ }).fill(lastName);
      await page.getByLabel("Prénom", { exact: true }).fill("Gwenaëlle");
      await page.getByLabel("Date de naissance", { exact: true }).fill("1984-05-17");
      const address = page.getByTestId("address-main");
      await address.getByLabel("N° et libellé de la voie").fill("3 quai Tourville");
      await address.getByLabel("Code postal").fill("29200");
      await address.getByLabel("Ville").fill("Brest");
      const origin = page.getByRole("combobox", { name: "Origine" });
      await origin.click();
      await origin.fill("Agence");
      await page.getByRole("option", { name: "Agence en ligne" }).click();
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      personPath = new URL(page.url()).pathname + new URL(page.url()).hash;
      await page.getByTestId("person-title").filter({ hasText: lastName }).waitFor();
    });

    await step("attach a document to the record", async () => {
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-file-input").setInputFiles({ name: "carte-tiers-payant.pdf", mimeType: "application/pdf", buffer: PDF });
      await page.getByTestId("attachment-row").filter({ hasText: "carte-tiers-payant.pdf" }).waitFor();
    });

    await step(`enter the same person again as ${retyped} Gwenaelle, with a mobile number`, async () => {
      await openPersonCreation(page);
      await page.getByRole("textbox", { name: /^Nom\W*$/ }).fill(retyped);
      await page.getByLabel("Prénom", { exact: true }).fill("Gwenaelle");
      await page.getByLabel("Date de naissance", { exact: true }).fill("1984-05-17");
      await page.getByLabel("Mobile", { exact: true }).fill("06 98 76 54 32");
      const origin = page.getByRole("combobox", { name: "Origine" });
      await origin.click();
      await origin.fill("Agence");
      await page.getByRole("option", { name: "Agence en ligne" }).click();
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
      await page.waitForURL((url) => url.pathname + url.hash === personPath);
      await page.getByTestId("person-title").filter({ hasText: `Gwenaëlle ${lastName}` }).waitFor();
      await page.getByTestId("person-header").filter({ hasText: "06 98 76 54 32" }).waitFor();
    });

    await step("its linked data are there: the address and the attachment", async () => {
      await page.getByRole("tab", { name: "Adresses" }).click();
      await page.getByTestId("person-address-main").filter({ hasText: "29200 BREST" }).waitFor();
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-row").filter({ hasText: "carte-tiers-payant.pdf" }).waitFor();
    });
  },
};

export default journey;
