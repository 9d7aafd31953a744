import { PDF, uniqueLetters, type Journey } from "../support";

/** A family name no demo person has. */
const uniqueName = (): string => `Kerjean${uniqueLetters()}`;

/**
 * Advisor work on persons (French UI): create a person with an address normalised on the fly,
 * relate them to a demo person, attach a document, then find them again with the app-bar search.
 */
const journey: Journey = {
  name: "persons",
  async run({ page, baseUrl, step }) {
    const lastName = uniqueName();
    let personPath = "";

    await step("sign in as admin@alpha.demo", async () => {
      await page.goto(new URL("/", baseUrl).toString());
      await page.getByTestId("login-page").waitFor();
      await page.getByLabel("Adresse e-mail").fill("admin@alpha.demo");
      await page.getByLabel("Mot de passe").fill("adhesia-demo");
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.getByTestId("tenant-name").filter({ hasText: "Mutuelle Alpha" }).waitFor();
    });

    await step("the persons list shows the demo persons", async () => {
      await page.getByRole("menuitem", { name: "Personnes" }).click();
      await page.waitForURL(/\/persons$/);
      await page.getByTestId("person-list").locator("tbody tr").first().waitFor();
    });

    await step("open the creation form", async () => {
      await page.getByRole("link", { name: "Créer" }).click();
      await page.waitForURL(/\/persons\/create$/);
      await page.getByTestId("person-form").waitFor();
    });

    await step(`fill in Mme Maëlle ${lastName}`, async () => {
      await page.getByRole("radio", { name: "Mme" }).check();
      await page.getByRole("textbox", { name: /^Nom\W*$/ }).fill(lastName);
      await page.getByLabel("Prénom", { exact: true }).fill("Maëlle");
      await page.getByLabel("E-mail", { exact: true }).fill(`maelle.${lastName.toLowerCase()}@exemple.fr`);
      await page.getByLabel("Mobile", { exact: true }).fill("06 12 34 56 78");
    });

    await step("type the main address and see the RNVP proposal", async () => {
      const address = page.getByTestId("address-main");
      await address.getByLabel("N° et libellé de la voie").fill("12 rue de la République");
      await address.getByLabel("Complément (bâtiment, étage, appartement)").fill("Bâtiment B, 3e étage");
      await address.getByLabel("Code postal").fill("69003");
      await address.getByLabel("Ville").fill("Lyon");
      const normalised = page.getByTestId("address-normalised-main");
      await normalised.filter({ hasText: "12 RUE DE LA REPUBLIQUE" }).waitFor();
      await normalised.filter({ hasText: "69003 LYON" }).waitFor();
      console.log(`    proposal: ${(await normalised.innerText()).replace(/\n/g, " / ")} (${await page.getByTestId("address-proposal-main").getAttribute("data-status")})`);
    });

    await step("pick the origin Agence en ligne", async () => {
      const origin = page.getByRole("combobox", { name: "Origine" });
      await origin.click();
      await origin.fill("Agence");
      await page.getByRole("option", { name: "Agence en ligne" }).click();
    });

    await step("save and land on the new record", async () => {
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      personPath = new URL(page.url()).pathname;
      await page.getByTestId("person-title").filter({ hasText: `Mme Maëlle ${lastName}` }).waitFor();
      await page.getByTestId("person-header").getByText("Suspect").waitFor();
    });

    await step("the Adresses tab shows the stored normalised lines", async () => {
      await page.getByRole("tab", { name: "Adresses" }).click();
      const main = page.getByTestId("person-address-main");
      await main.getByTestId("person-address-lines").filter({ hasText: "69003 LYON" }).waitFor();
      await main.getByTestId("address-status").waitFor();
    });

    await step("record a health contract held with a competitor", async () => {
      await page.getByRole("tab", { name: "Concurrence" }).click();
      const form = page.getByTestId("person-coverages-add");
      await form.getByLabel("Assureur").fill("Mutuelle Concurrente");
      await form.getByLabel("Produit").fill("Santé Sérénité");
      await form.getByLabel("Échéance").fill("2027-12-31");
      await form.getByLabel("Prime annuelle (€)").fill("840");
      await form.getByRole("button", { name: "Ajouter" }).click();
      const row = page.getByTestId("person-coverages-row").filter({ hasText: "Mutuelle Concurrente" });
      await row.filter({ hasText: "Santé" }).filter({ hasText: "840" }).waitFor();
    });

    await step("the Interactions tab lists none yet for the new person", async () => {
      await page.getByRole("tab", { name: "Interactions" }).click();
      await page.getByTestId("interactions-panel").getByText("Aucune interaction pour l'instant.").waitFor();
    });

    await step("add a relation to a demo person found by the autocomplete", async () => {
      await page.getByRole("tab", { name: "Relations" }).click();
      const form = page.getByTestId("relation-add");
      await form.getByRole("combobox", { name: "Lien" }).click();
      await page.getByRole("option", { name: "Enfant de", exact: true }).click();
      await form.getByTestId("relation-person-input").fill("Bernard");
      const option = page.getByRole("option").filter({ hasText: "BERNARD" }).first();
      await option.waitFor();
      const related = (await option.locator(".MuiListItemText-primary").innerText()).trim();
      await option.click();
      await form.getByRole("button", { name: "Ajouter" }).click();
      const item = page.getByTestId("relation-item").filter({ hasText: "Enfant de" });
      await item.filter({ hasText: related }).waitFor();
      console.log(`    relation: Enfant de ${related}`);
    });

    await step("upload an attachment", async () => {
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-file-input").setInputFiles({ name: "justificatif-domicile.pdf", mimeType: "application/pdf", buffer: PDF });
      const row = page.getByTestId("attachment-row").filter({ hasText: "justificatif-domicile.pdf" });
      await row.waitFor();
      await row.getByRole("link", { name: "justificatif-domicile.pdf" }).waitFor();
    });

    await step("find the person again with the app-bar search and open the record", async () => {
      await page.getByRole("menuitem", { name: "Accueil" }).click();
      await page.getByTestId("dashboard").waitFor();
      const search = page.getByTestId("global-search-input");
      await search.click();
      await search.fill(lastName.slice(0, 10));
      const hit = page.getByTestId("global-search-hit").filter({ hasText: lastName.toUpperCase() });
      await hit.waitFor();
      await hit.filter({ hasText: "69003 LYON" }).or(hit.filter({ hasText: "69003 Lyon" })).first().waitFor();
      await search.press("Enter");
      await page.waitForURL((url) => url.pathname === personPath);
      await page.getByTestId("person-title").filter({ hasText: lastName }).waitFor();
    });
  },
};

export default journey;
