import type { Page } from "playwright-core";
import { signIn, signOut, type Journey } from "../support";

/** A tiny but real PDF: the server checks the bytes, not only the extension. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** Letters only (the search boxes read digits as SIRENs, phones or postal codes), from the clock: no demo record has them. */
function uniqueLetters(offset = 0): string {
  let value = Date.now() + offset;
  let letters = "";
  while (value > 0) {
    letters += String.fromCharCode(97 + (value % 26));
    value = Math.floor(value / 26);
  }
  return letters.slice(0, 6);
}

/** True when the last digit of `digits` is their Luhn key (SIREN rule). */
function hasValidLuhnKey(digits: string): boolean {
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight += 1) {
    let digit = Number(digits[digits.length - 1 - fromRight]);
    if (fromRight % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * A valid SIREN the demo data does not use: the seeded SIRENs start with 3 to 9, this one with 1.
 * Another run against the same server may have taken it: the caller then asks for another.
 */
function freshSiren(): string {
  const body = `1${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  for (let key = 0; key <= 9; key += 1) if (hasValidLuhnKey(`${body}${key}`)) return `${body}${key}`;
  throw new Error("no Luhn key");
}

const grouped = (siren: string) => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");

async function pickOption(page: Page, combobox: ReturnType<Page["getByRole"]>, typed: string, option: string | RegExp): Promise<void> {
  await combobox.click();
  await combobox.fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

/**
 * Advisor work on companies (French UI), the acceptance test of the companies screens: create a
 * company with a valid SIREN and its main contact in the same form, relate it to a demo company,
 * attach a document, then find the company and its main contact with the app-bar search.
 */
const journey: Journey = {
  name: "companies",
  async run({ page, baseUrl, step }) {
    const suffix = uniqueLetters();
    const companyName = `Ateliers Kermarrec ${suffix}`;
    const contactName = `Kerhervé${uniqueLetters(7_919)}`;
    let siren = freshSiren();
    let companyPath = "";

    await step("sign in as admin@alpha.demo", async () => {
      await page.goto(new URL("/", baseUrl).toString());
      await page.getByTestId("login-page").waitFor();
      await page.getByLabel("Adresse e-mail").fill("admin@alpha.demo");
      await page.getByLabel("Mot de passe").fill("adhesia-demo");
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.getByTestId("tenant-name").filter({ hasText: "Mutuelle Alpha" }).waitFor();
    });

    await step("the companies list, under Ventes, shows the demo companies with their SIREN", async () => {
      await page.getByRole("menuitem", { name: "Entreprises" }).click();
      await page.waitForURL(/\/companies$/);
      const firstRow = page.getByTestId("company-list").locator("tbody tr").first();
      await firstRow.waitFor();
      await firstRow.getByText(/^\d{3} \d{3} \d{3}$/).waitFor();
    });

    await step("open the creation form", async () => {
      await page.getByRole("link", { name: "Créer" }).click();
      await page.waitForURL(/\/companies\/create$/);
      await page.getByTestId("company-form").waitFor();
    });

    await step(`fill in ${companyName} with a SIREN checked as it is typed`, async () => {
      await page.getByRole("textbox", { name: /^Raison sociale\W*$/ }).fill(companyName);
      await page.getByRole("combobox", { name: "Forme juridique" }).click();
      await page.getByRole("option", { name: "SAS", exact: true }).click();
      const sirenInput = page.getByTestId("siren-input");
      // A mistyped key is flagged at once…
      const wrongKey = `${siren.slice(0, 8)}${(Number(siren[8]) + 1) % 10}`;
      await sirenInput.fill(grouped(wrongKey));
      await page.getByTestId("siren-status").and(page.locator('[data-status="key"]')).waitFor();
      // … and the right one accepted.
      await sirenInput.fill(grouped(siren));
      await page.getByTestId("siren-status").and(page.locator('[data-status="valid"]')).waitFor();
      await page.getByRole("combobox", { name: "Tranche d'effectif" }).click();
      await page.getByRole("option", { name: "10 à 19 salariés" }).click();
      await page.getByRole("textbox", { name: "E-mail", exact: true }).first().fill(`contact@ateliers-${suffix}.fr`);
    });

    await step(`create the main contact M. Yann ${contactName} in the same form`, async () => {
      await page.getByRole("radio", { name: "Créer l'interlocuteur" }).check();
      const contact = page.getByTestId("main-contact-form");
      await contact.getByRole("radio", { name: "M.", exact: true }).check();
      await contact.getByRole("textbox", { name: /^Nom\W*$/ }).fill(contactName);
      await contact.getByLabel("Prénom", { exact: true }).fill("Yann");
      await contact.getByLabel("E-mail", { exact: true }).fill(`yann.${contactName.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}@exemple.fr`);
      await contact.getByLabel("Mobile", { exact: true }).fill("06 98 76 54 32");
    });

    await step("type the head office and see the RNVP proposal", async () => {
      const address = page.getByTestId("address-head_office");
      await address.getByLabel("N° et libellé de la voie").fill("8 rue de Saint-Malo");
      await address.getByLabel("Code postal").fill("35000");
      await address.getByLabel("Ville").fill("Rennes");
      const normalised = page.getByTestId("address-normalised-head_office");
      await normalised.filter({ hasText: "35000 RENNES" }).waitFor();
      console.log(`    proposal: ${(await normalised.innerText()).replace(/\n/g, " / ")}`);
    });

    await step("pick the NAF code by its number and the origin", async () => {
      await pickOption(page, page.getByRole("combobox", { name: "Code NAF" }), "2562", /25\.62B/);
      await pickOption(page, page.getByRole("combobox", { name: "Origine" }), "Agence", "Agence en ligne");
    });

    await step("save (another SIREN if a previous run took this one) and land on the new record", async () => {
      for (let attempt = 1; ; attempt += 1) {
        await page.getByRole("button", { name: "Enregistrer" }).click();
        const saved = page.waitForURL(/\/companies\/[0-9a-f-]{36}\/show$/).then(() => "saved" as const);
        const taken = page.getByTestId("company-form").getByText("Une entreprise avec ce SIREN existe déjà").waitFor().then(() => "taken" as const);
        const outcome = await Promise.race([saved, taken]);
        if (outcome === "saved") break;
        if (attempt === 3) throw new Error("three SIRENs taken in a row");
        siren = freshSiren();
        console.log(`    SIREN taken, trying ${siren}`);
        await page.getByTestId("siren-input").fill(grouped(siren));
      }
      companyPath = new URL(page.url()).pathname;
      await page.getByTestId("company-title").filter({ hasText: companyName }).waitFor();
      await page.getByTestId("company-header").getByText("Suspect").waitFor();
      await page.getByTestId("company-siren").filter({ hasText: grouped(siren) }).waitFor();
      console.log(`    ${companyName}, SIREN ${grouped(siren)}: ${companyPath}`);
    });

    await step("the Administratif tab shows the NAF code with its label", async () => {
      await page.getByRole("tab", { name: "Administratif" }).click();
      await page.getByTestId("company-administrative").getByText(/25\.62B — Mécanique industrielle/).waitFor();
    });

    await step("the Démographie tab of the new company says none was uploaded, without an error answer", async () => {
      const refused: string[] = [];
      const onResponse = (response: { url: () => string; status: () => number }) => {
        if (response.url().includes("/api/v1/companies/") && response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
      };
      page.on("response", onResponse);
      try {
        await page.getByRole("tab", { name: "Démographie" }).click();
        await page.getByTestId("company-demography").getByText("Aucun fichier de démographie").waitFor();
      } finally {
        page.off("response", onResponse);
      }
      if (refused.length > 0) throw new Error(`the tab asked for what is not there: ${refused.join(", ")}`);
    });

    await step("the Personnes tab lists the created contact as main contact", async () => {
      await page.getByRole("tab", { name: "Personnes" }).click();
      const row = page.getByTestId("company-person-row").filter({ hasText: contactName.toUpperCase() });
      await row.getByTestId("company-main-contact-chip").waitFor();
      await row.getByText("Interlocuteur", { exact: true }).waitFor();
    });

    await step("attach a demo person as officer from the Personnes tab", async () => {
      const form = page.getByTestId("company-person-add");
      await form.getByTestId("company-person-input").fill("Martin");
      const option = page.getByRole("option").filter({ hasText: "MARTIN" }).first();
      await option.waitFor();
      const attached = (await option.locator(".MuiListItemText-primary").innerText()).trim();
      await option.click();
      await form.getByRole("combobox", { name: "Rôle" }).click();
      await page.getByRole("option", { name: "Dirigeant", exact: true }).click();
      await form.getByRole("button", { name: "Rattacher" }).click();
      const row = page.getByTestId("company-person-row").filter({ hasText: attached });
      await row.getByText("Dirigeant", { exact: true }).waitFor();
      console.log(`    officer: ${attached}`);
    });

    await step("add a relation to a demo company found by the autocomplete", async () => {
      await page.getByRole("tab", { name: "Relations" }).click();
      const form = page.getByTestId("company-relation-add");
      await form.getByRole("combobox", { name: "Lien" }).click();
      await page.getByRole("option", { name: "Filiale de", exact: true }).click();
      await form.getByTestId("company-relation-input").fill("Boulangerie");
      const option = page.getByRole("option").filter({ hasText: "Boulangerie" }).first();
      await option.waitFor();
      const related = (await option.locator(".MuiListItemText-primary").innerText()).trim();
      await option.click();
      await form.getByRole("button", { name: "Ajouter" }).click();
      await page.getByTestId("company-relation-item").filter({ hasText: "Filiale de" }).filter({ hasText: related }).waitFor();
      console.log(`    relation: Filiale de ${related}`);
    });

    await step("upload an attachment with its description", async () => {
      await page.getByRole("tab", { name: "Pièces jointes" }).click();
      await page.getByTestId("attachment-description").fill("Extrait Kbis de moins de 3 mois");
      await page.getByTestId("attachment-file-input").setInputFiles({ name: "kbis.pdf", mimeType: "application/pdf", buffer: PDF });
      const row = page.getByTestId("attachment-row").filter({ hasText: "kbis.pdf" });
      await row.waitFor();
      await row.getByRole("link", { name: "kbis.pdf" }).waitFor();
      await row.getByText("Extrait Kbis de moins de 3 mois").waitFor();
    });

    await step("find the company with the app-bar search and open it", async () => {
      await page.getByRole("menuitem", { name: "Accueil" }).click();
      await page.getByTestId("dashboard").waitFor();
      const search = page.getByTestId("global-search-input");
      await search.click();
      await search.fill(companyName);
      await page.getByRole("listbox").getByText("Entreprises", { exact: true }).waitFor();
      const hit = page.getByTestId("global-search-hit").filter({ hasText: companyName });
      await hit.filter({ hasText: grouped(siren) }).filter({ hasText: /35000 Rennes/i }).waitFor();
      await hit.click();
      await page.waitForURL((url) => url.pathname === companyPath);
      await page.getByTestId("company-title").filter({ hasText: companyName }).waitFor();
    });

    await step("find its main contact with the app-bar search and open the person", async () => {
      const search = page.getByTestId("global-search-input");
      await search.click();
      await search.fill(contactName);
      await page.getByRole("listbox").getByText("Personnes", { exact: true }).waitFor();
      await page.getByTestId("global-search-hit").filter({ hasText: contactName.toUpperCase() }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      await page.getByTestId("person-title").filter({ hasText: `M. Yann ${contactName}` }).waitFor();
    });

    await step("the Identité tab links the main contact to their record", async () => {
      await page.goto(new URL(companyPath, baseUrl).toString());
      await page.getByTestId("company-title").filter({ hasText: companyName }).waitFor();
      await page.getByRole("link", { name: new RegExp(contactName, "i") }).waitFor();
    });

    await step("an advisor sees a main contact outside their agency named as not accessible, not as an error icon", async () => {
      await signOut(page);
      await signIn(page, baseUrl, "conseiller@alpha.demo", "Mutuelle Alpha");
      await page.getByRole("menuitem", { name: "Entreprises" }).click();
      // A Paris company of the demo data whose main contact lives outside the Paris agency's scope.
      await page.getByText("Bâtir en Bretagne", { exact: true }).click();
      await page.getByTestId("company-title").filter({ hasText: "Bâtir en Bretagne" }).waitFor();
      await page.getByTestId("record-out-of-scope").filter({ hasText: "Fiche non accessible" }).waitFor();
    });
  },
};

export default journey;
