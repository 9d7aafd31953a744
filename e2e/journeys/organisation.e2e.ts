import { fillMainAddressAndOrigin, signIn, signOut, sortEveryColumn, uniqueLetters, type Journey } from "../support";

/** A postal code of a real locality (the address is normalised on save) that no demo rule names by itself. */
const POSTAL_CODE = "22300";
const CITY = "Lannion";
/** A demo person of the Paris agency (seeded in 75011), the only one of that family name. */
const PARIS_CLIENT = "Boumorpelet";

/**
 * Commercial organisation (French UI): the admin reads an advisor's history of agencies, creates an
 * agency, imports a one-line assignment table sending individuals of 22300 to it, makes assignment
 * automatic, creates a person there and sees the agency on the record, relates her to a client of
 * the Paris agency and opens an opportunity on her followed by a Paris advisor; that advisor, who
 * sees their own agency's records, then finds the person neither by the search nor by its address,
 * and the opportunity's header, their opportunities list and the Paris client's relations say in
 * words that her record is out of their reach; a quote priced for the Paris client still counts
 * her as the spouse.
 */
const journey: Journey = {
  name: "organisation",
  async run({ page, baseUrl, step }) {
    const letters = uniqueLetters();
    const code = `E2E${letters.toUpperCase()}`;
    const agency = `Agence Trégor ${letters}`;
    const lastName = `Kerbrat${letters}`;
    let personPath = "";
    let opportunityPath = "";

    await step("sign in as admin@alpha.demo", () => signIn(page, baseUrl, "admin@alpha.demo", "Mutuelle Alpha"));

    await step("the history of Claude Conseiller names his agency, Agence de Paris", async () => {
      await page.getByRole("menuitem", { name: "Apporteurs" }).click();
      await page.waitForURL(/\/introducers$/);
      await page.getByTestId("introducer-list").locator("tbody tr").filter({ hasText: "Agence de Paris" }).click();
      await page.getByTestId("introducer-title").filter({ hasText: "Agence de Paris" }).waitFor();
      await page.getByTestId("advisor-item").filter({ hasText: "Claude Conseiller" }).getByRole("button", { name: "Historique" }).click();
      const history = page.getByRole("dialog").getByTestId("advisor-history");
      await history.getByRole("listitem").filter({ hasText: "Agence de Paris" }).filter({ hasText: "en cours" }).waitFor();
      await page.getByRole("dialog").getByRole("button", { name: "Fermer" }).click();
    });

    await step(`create the agency ${agency}`, async () => {
      await page.getByRole("menuitem", { name: "Apporteurs" }).click();
      await page.waitForURL(/\/introducers$/);
      await page.getByRole("link", { name: "Créer" }).click();
      const form = page.getByTestId("introducer-form");
      await form.getByRole("textbox", { name: /^Code\W*$/ }).fill(code);
      await form.getByRole("textbox", { name: /^Nom\W*$/ }).fill(agency);
      await form.getByLabel("Code postal", { exact: true }).fill(POSTAL_CODE);
      await form.getByLabel("Ville", { exact: true }).fill(CITY);
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.getByTestId("introducer-title").filter({ hasText: agency }).waitFor();
    });

    await step(`import an assignment table: MDP ${POSTAL_CODE} → ${code}`, async () => {
      await page.getByRole("menuitem", { name: "Table des affectations" }).click();
      await page.waitForURL(/\/assignment-rules/);
      await page.getByRole("button", { name: "Importer" }).click();
      const csv = `marche;code_postal;departement;code_apporteur;email_conseiller\nMDP;${POSTAL_CODE};;${code};\n`;
      await page.getByTestId("rule-import-file").setInputFiles({ name: "affectations.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("dialog").getByRole("button", { name: "Importer" }).click();
      await page.locator('[data-testid="job-progress"][data-state=succeeded]').waitFor({ timeout: 60_000 });
      await page.getByRole("dialog").getByRole("button", { name: "Fermer" }).click();
      await page.getByLabel("Code postal", { exact: true }).fill(POSTAL_CODE);
      await page.getByTestId("rule-list").locator("tbody tr").filter({ hasText: agency }).waitFor();
    });

    await step("the apporteurs and assignment table lists sort by every column they offer", async () => {
      await page.getByRole("menuitem", { name: "Apporteurs" }).click();
      await page.waitForURL(/\/introducers(\?|$)/);
      await page.locator("thead").getByText("Nom", { exact: true }).waitFor();
      console.log(`    apporteurs: ${(await sortEveryColumn(page, "/introducers")).join(", ")}`);
      await page.getByRole("menuitem", { name: "Table des affectations" }).click();
      await page.waitForURL(/\/assignment-rules(\?|$)/);
      await page.locator("thead").getByText("Marché", { exact: true }).waitFor();
      console.log(`    affectations: ${(await sortEveryColumn(page, "/assignment-rules")).join(", ")}`);
    });

    await step("assignment is automatic", async () => {
      await page.getByRole("menuitem", { name: "Paramètres d'affectation" }).click();
      const settings = page.getByTestId("assignment-settings");
      const automatic = settings.getByRole("radio", { name: "Automatique" });
      await automatic.waitFor();
      if (!(await automatic.isChecked())) {
        await automatic.check();
        await settings.getByRole("button", { name: "Enregistrer" }).click();
        await page.getByText("Paramètres enregistrés").waitFor();
      }
    });

    await step(`create Mme Anne ${lastName} in ${POSTAL_CODE} ${CITY}`, async () => {
      await page.getByRole("menuitem", { name: "Personnes" }).click();
      await page.waitForURL(/\/persons$/);
      await page.getByRole("link", { name: "Créer" }).click();
      await page.getByTestId("person-form").waitFor();
      await page.getByRole("radio", { name: "Mme" }).check();
      await page.getByRole("textbox", { name: /^Nom\W*$/ }).fill(lastName);
      await page.getByLabel("Prénom", { exact: true }).fill("Anne");
      await fillMainAddressAndOrigin(page, "4 quai d'Aiguillon", POSTAL_CODE, CITY);
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      personPath = new URL(page.url()).pathname;
    });

    await step("the record shows it assigned to the agency by the rules", async () => {
      const assignment = page.getByTestId("record-assignment");
      await assignment.getByTestId("record-introducer").filter({ hasText: agency }).waitFor();
      await assignment.getByText("Par les règles").waitFor();
      await assignment.getByText("MDP", { exact: true }).waitFor();
    });

    await step(`relate her, as spouse, to ${PARIS_CLIENT}, a client of the Paris agency`, async () => {
      await page.getByRole("tab", { name: "Relations" }).click();
      const form = page.getByTestId("relation-add");
      await form.getByRole("combobox", { name: "Lien" }).click();
      await page.getByRole("option", { name: "Conjoint(e) de", exact: true }).click();
      await form.getByTestId("relation-person-input").fill(PARIS_CLIENT);
      await page.getByRole("option").filter({ hasText: PARIS_CLIENT.toUpperCase() }).first().click();
      await form.getByRole("button", { name: "Ajouter" }).click();
      await page.getByTestId("relation-item").filter({ hasText: "Conjoint(e) de" }).filter({ hasText: PARIS_CLIENT.toUpperCase() }).waitFor();
    });

    await step("open an opportunity on her, followed by Claude Conseiller of the Paris agency", async () => {
      await page.getByTestId("person-tab-opportunities").click();
      await page.getByTestId("opportunity-new").click();
      await page.getByTestId("opportunity-form").waitFor();
      const origin = await page.getByRole("combobox", { name: "Origine" }).elementHandle();
      await page.waitForFunction((input) => input instanceof HTMLInputElement && input.value === "Agence en ligne", origin);
      const introducer = page.getByRole("combobox", { name: "Apporteur" });
      await introducer.click();
      await introducer.fill("Paris");
      await page.getByRole("option", { name: "Agence de Paris" }).click();
      await page.getByRole("combobox", { name: "Conseiller" }).click();
      await page.getByRole("option", { name: /^Claude Conseiller/ }).click();
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}\/show$/);
      opportunityPath = new URL(page.url()).pathname;
      await page.getByTestId("opportunity-header").getByText("Claude Conseiller").waitFor();
    });

    await step("sign out", async () => {
      await signOut(page);
    });

    await step("sign in as conseiller@alpha.demo, advisor of another agency", () => signIn(page, baseUrl, "conseiller@alpha.demo", "Mutuelle Alpha"));

    await step("the advisor's persons list shows their agency's records", async () => {
      await page.getByRole("menuitem", { name: "Personnes" }).click();
      await page.getByTestId("person-list").locator("tbody tr").first().waitFor();
    });

    await step("the search does not find the person", async () => {
      const search = page.getByTestId("global-search-input");
      await search.click();
      await search.fill(lastName);
      await page.getByText("Aucun résultat").waitFor();
      if ((await page.getByTestId("global-search-hit").count()) > 0) throw new Error("the advisor's search shows a record of another agency");
    });

    await step("the record's address answers that it does not exist", async () => {
      await page.goto(new URL(personPath, baseUrl).toString());
      await page.getByText("L'élément n'existe pas").waitFor();
      if ((await page.getByTestId("person-title").count()) > 0) throw new Error("the advisor sees a record of another agency");
    });

    await step("the opportunity they follow says its holder is out of their reach, in words", async () => {
      await page.goto(new URL(opportunityPath, baseUrl).toString());
      const header = page.getByTestId("opportunity-header");
      await header.getByTestId("record-out-of-scope").filter({ hasText: "Fiche non accessible" }).waitFor();
      if ((await header.getByTestId("opportunity-holder").count()) > 0) throw new Error("the header links a record of another agency");
    });

    await step("their opportunities list says so on that row and still links the holders of their agency", async () => {
      await page.getByRole("menuitem", { name: "Opportunités" }).click();
      const list = page.getByTestId("opportunity-list");
      await list.getByTestId("record-out-of-scope").first().waitFor();
      await list.getByTestId("opportunity-holder").first().waitFor();
    });

    await step(`the relations of ${PARIS_CLIENT} say the same of her spouse`, async () => {
      const search = page.getByTestId("global-search-input");
      await search.click();
      await search.fill(PARIS_CLIENT);
      await page.getByTestId("global-search-hit").filter({ hasText: PARIS_CLIENT.toUpperCase() }).first().click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show/);
      await page.getByRole("tab", { name: "Relations" }).click();
      const spouse = page.getByTestId("relation-item").filter({ hasText: "Conjoint(e) de" }).filter({ has: page.getByTestId("record-out-of-scope") });
      await spouse.filter({ hasText: "Fiche non accessible" }).first().waitFor();
      if ((await spouse.getByRole("link").count()) > 0) throw new Error("the relation links a record of another agency");
    });

    await step(`a quote priced for ${PARIS_CLIENT} offers her spouse of the other agency as a beneficiary, the birth date to type`, async () => {
      await page.getByTestId("person-tab-opportunities").click();
      await page.getByTestId("opportunity-new").click();
      await page.getByTestId("opportunity-form").waitFor();
      const origin = await page.getByRole("combobox", { name: "Origine" }).elementHandle();
      await page.waitForFunction((input) => input instanceof HTMLInputElement && input.value !== "", origin);
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}\/show$/);
      await page.getByTestId("quote-new-priced").click();
      const dialog = page.getByTestId("priced-quote-dialog");
      const spouses = dialog.locator('[data-testid="quote-beneficiary"][data-role="spouse"]');
      await spouses.first().waitFor();
      const lines = await Promise.all((await spouses.all()).map(async (line) => ({ name: await line.getByLabel("Nom", { exact: true }).inputValue(), birthDate: await line.getByTestId("quote-beneficiary-birth-date").inputValue() })));
      const spouse = lines.find((line) => line.name === lastName);
      if (!spouse) throw new Error(`no spouse line for ${lastName}: ${JSON.stringify(lines)}`);
      if (spouse.birthDate !== "") throw new Error("a birth date the advisor may not read was filled in");
    });

    await step("sign in as admin@alpha.demo again", async () => {
      await page.getByTestId("priced-quote-dialog").getByRole("button", { name: "Annuler" }).click();
      await signOut(page);
      await signIn(page, baseUrl, "admin@alpha.demo", "Mutuelle Alpha");
    });

    await step(`once ${agency} is deactivated, « Affecter… » on her record says so instead of an empty field`, async () => {
      const { csrfToken } = (await (await page.request.get(`${baseUrl}/api/v1/me`)).json()) as { csrfToken: string };
      const listed = (await (await page.request.get(`${baseUrl}/api/v1/introducers?q=${code}`)).json()) as { items: Array<{ id: string; code: string; version: number }> };
      const created = listed.items.find((item) => item.code === code);
      if (!created) throw new Error(`agency ${code} not found`);
      const deactivated = await page.request.patch(`${baseUrl}/api/v1/introducers/${created.id}`, { headers: { "x-csrf-token": csrfToken }, data: { active: false, version: created.version } });
      if (!deactivated.ok()) throw new Error(`deactivation answered ${deactivated.status()}`);
      await page.goto(`${baseUrl}${personPath}`);
      await page.getByTestId("record-assign").click();
      const dialog = page.getByTestId("assign-dialog");
      await dialog.getByTestId("assign-deactivated").filter({ hasText: `L'apporteur actuel, ${agency}, est désactivé` }).waitFor();
      if (await dialog.getByTestId("assign-submit").isEnabled()) throw new Error("the dialog offers to save the deactivated agency again");
    });
  },
};

export default journey;
