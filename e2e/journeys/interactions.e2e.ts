import type { Page } from "playwright-core";
import { signIn, uniqueLetters, type Journey } from "../support";

const pad = (value: number) => String(value).padStart(2, "0");
/** A `datetime-local` value, in the browser's time zone (the runner's). */
const localInput = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

async function reminderCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("reminders-count").getAttribute("data-count"));
}

async function waitForReminderCount(page: Page, expected: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelector('[data-testid="reminders-count"]')?.getAttribute("data-count") === String(count), expected);
}

/**
 * An advisor's day (French UI): on a person of their agency, log a call already made, plan a meeting
 * that is already past (so it is overdue: the reminders badge counts it), complete it from the
 * record's Interactions tab, and see the count drop back; the meeting is in « Mon agenda ».
 */
const journey: Journey = {
  name: "interactions",
  async run({ page, baseUrl, step }) {
    const tag = uniqueLetters();
    const callSubject = `Appel entrant ${tag}`;
    const meetingSubject = `Rendez-vous manqué ${tag}`;
    const yesterday = new Date(Date.now() - 24 * 3_600_000);
    yesterday.setHours(10, 0, 0, 0);
    let before = 0;

    await step("sign in as conseiller@alpha.demo", () => signIn(page, baseUrl, "conseiller@alpha.demo", "Mutuelle Alpha"));

    await step("open a person of the agency on its Interactions tab", async () => {
      await page.getByRole("menuitem", { name: "Personnes" }).click();
      await page.waitForURL(/\/persons$/);
      await page.getByTestId("person-list").locator("tbody tr").first().click();
      await page.getByTestId("person-show").waitFor();
      await page.getByTestId("person-tab-interactions").click();
      await page.getByTestId("interactions-panel").waitFor();
      await page.getByTestId("reminders-button").waitFor();
      before = await reminderCount(page);
      console.log(`    reminders before: ${before}`);
    });

    await step("log a call already made", async () => {
      await page.getByTestId("interactions-log").click();
      const dialog = page.getByTestId("interaction-dialog");
      await dialog.getByTestId("interaction-type").selectOption("call_in");
      await dialog.getByTestId("interaction-subject").fill(callSubject);
      await dialog.getByTestId("interaction-result").selectOption("reached");
      await dialog.getByTestId("interaction-report").fill("Souhaite un devis pour la famille.");
      await dialog.getByTestId("interaction-submit").click();
      await dialog.waitFor({ state: "hidden" });
      const row = page.getByTestId("interactions-row").filter({ hasText: callSubject });
      await row.filter({ hasText: "Réalisée" }).waitFor();
    });

    await step("plan a meeting in the past: the reminders count rises", async () => {
      await page.getByTestId("interactions-plan").click();
      const dialog = page.getByTestId("interaction-dialog");
      await dialog.getByTestId("interaction-type").selectOption("meeting");
      await dialog.getByTestId("interaction-at").fill(localInput(yesterday));
      await dialog.getByTestId("interaction-subject").fill(meetingSubject);
      await dialog.getByTestId("interaction-submit").click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByTestId("interactions-row").filter({ hasText: meetingSubject }).filter({ hasText: "En retard" }).waitFor();
      await waitForReminderCount(page, before + 1);
    });

    await step("the reminders list names the meeting", async () => {
      await page.getByTestId("reminders-button").click();
      await page.getByTestId("reminders-list").getByText(meetingSubject).waitFor();
      await page.keyboard.press("Escape");
    });

    await step("complete the meeting: the count drops back", async () => {
      const row = page.getByTestId("interactions-row").filter({ hasText: meetingSubject });
      await row.getByTestId("interaction-complete").click();
      const dialog = page.getByTestId("complete-dialog");
      await dialog.getByTestId("complete-result").selectOption("reached");
      await dialog.getByTestId("complete-report").fill("Rendez-vous tenu par téléphone.");
      await dialog.getByTestId("complete-submit").click();
      await dialog.waitFor({ state: "hidden" });
      await row.filter({ hasText: "Réalisée" }).waitFor();
      await waitForReminderCount(page, before);
    });

    await step("the meeting is in « Mon agenda » on its day", async () => {
      await page.getByRole("menuitem", { name: "Mon agenda" }).click();
      await page.getByTestId("agenda").waitFor();
      await page.getByTestId("agenda-day-view").click();
      await page.getByRole("button", { name: "Période précédente" }).click();
      await page.getByTestId("agenda-item").filter({ hasText: meetingSubject }).waitFor();
    });
  },
};

export default journey;
