import type { Page } from "playwright-core";
import { fillMainAddressAndOrigin, signIn, uniqueLetters, type Journey } from "../support";

interface ColumnCounts {
  needDetected: number;
  signedPendingDocuments: number;
}

async function columnCount(page: Page, state: string): Promise<number> {
  return Number(await page.locator(`[data-testid="board-column"][data-state="${state}"]`).getAttribute("data-count"));
}

async function openBoard(page: Page): Promise<void> {
  await page.getByRole("menuitem", { name: "Pipeline" }).click();
  await page.getByTestId("pipeline-board").waitFor();
  await page.getByTestId("board-column").first().waitFor();
}

/** Waits for a state chip of the opportunity page to read `label` (the page reads the opportunity again after each move). */
async function opportunityStateIs(page: Page, label: string): Promise<void> {
  await page.getByTestId("opportunity-header").getByTestId("opportunity-state").filter({ hasText: new RegExp(`^${label}$`) }).waitFor();
}

/**
 * The sales pipeline (French UI), as an advisor of the Paris agency: from a new suspect person, log
 * a call, create an opportunity (the person becomes a prospect), price a quote for the household
 * (the person and a child typed in), mark it sent then signed, and see the opportunity's card move
 * on the board from « Besoin détecté » to « Signée en attente de pièces », the counts with it.
 */
const journey: Journey = {
  name: "pipeline",
  async run({ page, baseUrl, step }) {
    const lastName = `Quemener${uniqueLetters()}`;
    const cardName = `${lastName.toUpperCase()} Gaëlle`;
    const callSubject = `Demande de devis santé ${lastName}`;
    let before: ColumnCounts = { needDetected: 0, signedPendingDocuments: 0 };

    await step("sign in as conseiller@alpha.demo", () => signIn(page, baseUrl, "conseiller@alpha.demo", "Mutuelle Alpha"));

    await step(`create the suspect Gaëlle ${lastName}, living in Paris`, async () => {
      await page.getByRole("menuitem", { name: "Personnes" }).click();
      await page.waitForURL(/\/persons$/);
      await page.getByRole("link", { name: "Créer" }).click();
      await page.getByTestId("person-form").waitFor();
      await page.getByRole("textbox", { name: /^Nom\W*$/ }).fill(lastName);
      await page.getByLabel("Prénom", { exact: true }).fill("Gaëlle");
      await page.getByLabel("Date de naissance", { exact: true }).fill("1984-02-11");
      await fillMainAddressAndOrigin(page, "7 rue Oberkampf", "75011", "Paris");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show$/);
      await page.getByTestId("person-header").getByText("Suspect", { exact: true }).waitFor();
    });

    await step("log the call she made", async () => {
      await page.getByTestId("person-tab-interactions").click();
      await page.getByTestId("interactions-log").click();
      const dialog = page.getByTestId("interaction-dialog");
      await dialog.getByTestId("interaction-type").selectOption("call_in");
      await dialog.getByTestId("interaction-subject").fill(callSubject);
      await dialog.getByTestId("interaction-result").selectOption("reached");
      await dialog.getByTestId("interaction-report").fill("Souhaite une complémentaire santé pour elle et sa fille.");
      await dialog.getByTestId("interaction-submit").click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByTestId("interactions-row").filter({ hasText: callSubject }).filter({ hasText: "Réalisée" }).waitFor();
    });

    await step("create a health opportunity from the Opportunités tab", async () => {
      await page.getByTestId("person-tab-opportunities").click();
      await page.getByTestId("opportunities-tab").getByText("Aucune opportunité pour l'instant.").waitFor();
      await page.getByTestId("opportunity-new").click();
      await page.getByTestId("opportunity-form").waitFor();
      // The origin comes from the record.
      const origin = await page.getByRole("combobox", { name: "Origine" }).elementHandle();
      await page.waitForFunction((input) => input instanceof HTMLInputElement && input.value === "Agence en ligne", origin);
      await page.getByLabel("Prime annuelle attendue (€)").fill("1500");
      await page.getByLabel("Probabilité (%)").fill("60");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}\/show$/);
      await opportunityStateIs(page, "Besoin détecté");
    });

    await step("the person is now a prospect", async () => {
      await page.getByTestId("opportunity-header").getByTestId("opportunity-holder").click();
      await page.waitForURL(/\/persons\/[0-9a-f-]{36}\/show/);
      await page.getByTestId("person-header").getByText("Prospect", { exact: true }).waitFor();
      await page.getByTestId("person-tab-opportunities").click();
      await page.getByTestId("opportunity-row").filter({ hasText: "Besoin détecté" }).waitFor();
    });

    await step("the board shows its card under « Besoin détecté »", async () => {
      await openBoard(page);
      await page.locator('[data-testid="board-column"][data-state="need_detected"]').getByTestId("board-card").filter({ hasText: cardName }).waitFor();
      before = { needDetected: await columnCount(page, "need_detected"), signedPendingDocuments: await columnCount(page, "signed_pending_documents") };
      console.log(`    before: ${before.needDetected} besoin détecté, ${before.signedPendingDocuments} signées en attente de pièces`);
    });

    await step("price a quote for her and her daughter", async () => {
      await page.getByTestId("board-card").filter({ hasText: cardName }).click();
      await page.getByTestId("opportunity-show").waitFor();
      await page.getByTestId("quote-new-priced").click();
      const dialog = page.getByTestId("priced-quote-dialog");
      await dialog.getByTestId("quote-beneficiary").first().waitFor();
      await dialog.getByTestId("quote-product").selectOption({ label: "Santé Particuliers — vente directe" });
      await dialog.locator('[data-testid="quote-formula"] option:not([disabled])').first().waitFor({ state: "attached" });
      await dialog.getByTestId("quote-formula").selectOption({ index: 2 });
      await dialog.getByTestId("quote-social-regime").selectOption("general");
      await dialog.getByTestId("quote-beneficiary-add").click();
      const child = dialog.getByTestId("quote-beneficiary").nth(1);
      await child.getByTestId("quote-beneficiary-role").selectOption("child");
      await child.getByLabel("Prénom").fill("Nina");
      await child.getByTestId("quote-beneficiary-birth-date").fill("2015-09-03");
      await dialog.getByTestId("quote-compute").click();
      await dialog.getByTestId("price-result").waitFor();
      await dialog.locator('[data-testid="price-lines"] tr[data-beneficiary="1"]').first().waitFor();
      console.log(`    price: ${await dialog.getByTestId("price-monthly-gross").innerText()} per month`);
      await dialog.getByTestId("quote-save").click();
      await dialog.waitFor({ state: "hidden" });
      await page.locator('[data-testid="quote-row"][data-state="to_issue"]').waitFor();
      await page.getByTestId("quote-attachments").getByRole("link", { name: /\.pdf$/ }).waitFor();
      await opportunityStateIs(page, "Proposition");
    });

    await step("mark it sent, then signed", async () => {
      await page.getByTestId("quote-change-state").click();
      await page.getByTestId("quote-move-sent").click();
      await page.locator('[data-testid="quote-row"][data-state="sent"]').waitFor();
      await opportunityStateIs(page, "Devis");
      await page.getByTestId("quote-change-state").click();
      await page.getByTestId("quote-move-signed_pending_documents").click();
      await page.locator('[data-testid="quote-row"][data-state="signed_pending_documents"]').waitFor();
      await opportunityStateIs(page, "Signée en attente de pièces");
      await page.getByTestId("history-row").filter({ hasText: "Signée en attente de pièces" }).waitFor();
    });

    await step("the board shows the card moved and the counts changed", async () => {
      await openBoard(page);
      await page.locator('[data-testid="board-column"][data-state="signed_pending_documents"]').getByTestId("board-card").filter({ hasText: cardName }).waitFor();
      const after: ColumnCounts = { needDetected: await columnCount(page, "need_detected"), signedPendingDocuments: await columnCount(page, "signed_pending_documents") };
      console.log(`    after: ${after.needDetected} besoin détecté, ${after.signedPendingDocuments} signées en attente de pièces`);
      if (after.needDetected !== before.needDetected - 1 || after.signedPendingDocuments !== before.signedPendingDocuments + 1) {
        throw new Error(`counts did not move by one: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
      }
      const stale = await page.locator('[data-testid="board-column"][data-state="need_detected"]').getByTestId("board-card").filter({ hasText: cardName }).count();
      if (stale !== 0) throw new Error("the card is still under « Besoin détecté »");
    });

    await step("pages outside the advisor's rights, opened by their address, are refused rather than shown", async () => {
      for (const path of ["/contract-intake", "/bulk-reassignments"]) {
        await page.goto(new URL(path, baseUrl).toString());
        await page.getByText("Vous n'avez pas les droits d'accès à cette page").waitFor();
        if ((await page.getByRole("button", { name: /Lancer la simulation|Prévisualiser/ }).count()) > 0) throw new Error(`${path} still shows its actions`);
      }
    });

    await step("lists, records and forms outside the advisor's rights, opened by their address, are refused without asking the API", async () => {
      const resources = ["/users", "/roles", "/contract-import-batches", "/duplicate-candidates"];
      const someId = "01900000-0000-7000-8000-000000000000";
      const paths = [...resources, `/users/${someId}`, "/users/create", `/contract-import-batches/${someId}/show`];
      const asked: string[] = [];
      const onRequest = (request: { url: () => string }) => {
        const url = new URL(request.url());
        if (resources.some((resource) => url.pathname.startsWith(`/api/v1${resource}`))) asked.push(`${url.pathname}${url.search}`);
      };
      page.on("request", onRequest);
      try {
        for (const path of paths) {
          await page.goto(new URL(path, baseUrl).toString());
          await page.getByText("Vous n'avez pas les droits d'accès à cette page").waitFor();
        }
      } finally {
        page.off("request", onRequest);
      }
      if (asked.length > 0) throw new Error(`refused pages still asked the API: ${asked.join(", ")}`);
    });

    await step("the sectors and origins the advisor may read but not change do not open a refusal when a row is clicked", async () => {
      for (const [menu, path] of [["Secteurs", "/sectors"], ["Origines", "/origins"]] as const) {
        await page.getByRole("menuitem", { name: menu }).click();
        await page.waitForURL(new RegExp(`${path}(\\?|$)`));
        await page.locator("tbody tr").first().click();
        await page.waitForTimeout(500);
        if (new URL(page.url()).pathname !== path || (await page.getByText("Vous n'avez pas les droits d'accès à cette page").count()) > 0) throw new Error(`a row of ${path} led to ${page.url()}`);
      }
    });
  },
};

export default journey;
