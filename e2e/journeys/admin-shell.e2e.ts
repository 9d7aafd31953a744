import { signOut, type Journey } from "../support";

/**
 * Administrator journey through the back-office shell (French UI, the default):
 * sign in, tenant in the app bar, users (a user's roles), roles, reference values, sign out.
 */
const journey: Journey = {
  name: "admin-shell",
  async run({ page, baseUrl, step }) {
    await step("open the login page", async () => {
      await page.goto(new URL("/", baseUrl).toString());
      await page.getByTestId("login-page").waitFor();
    });

    await step("sign in as admin@alpha.demo", async () => {
      await page.getByLabel("Adresse e-mail").fill("admin@alpha.demo");
      await page.getByLabel("Mot de passe").fill("adhesia-demo");
      await page.getByRole("button", { name: "Se connecter" }).click();
    });

    await step("the shell shows the tenant Mutuelle Alpha", async () => {
      await page.getByTestId("tenant-name").filter({ hasText: "Mutuelle Alpha" }).waitFor();
    });

    await step("the users page lists conseiller@alpha.demo", async () => {
      await page.getByRole("menuitem", { name: "Utilisateurs" }).click();
      await page.getByRole("cell", { name: "conseiller@alpha.demo", exact: true }).waitFor();
    });

    await step("a user's form names their roles « Rôles »", async () => {
      await page.getByRole("cell", { name: "conseiller@alpha.demo", exact: true }).click();
      await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
      await page.getByRole("checkbox", { name: "Conseiller" }).waitFor();
      await page.locator("form").getByText("Rôles", { exact: true }).waitFor();
      await page.getByRole("menuitem", { name: "Utilisateurs" }).click();
      await page.waitForURL(/\/users(\?|$)/);
    });

    await step("a system role opens read-only, without a save button that the server would refuse", async () => {
      await page.getByRole("menuitem", { name: "Rôles" }).click();
      // The users list has an « Administrateur » cell too: wait for the roles list's own column.
      await page.getByRole("columnheader", { name: "Périmètre" }).waitFor();
      await page.getByRole("cell", { name: "Administrateur", exact: true }).click();
      await page.getByTestId("role-system-notice").waitFor();
      if (!(await page.getByRole("textbox", { name: /^Nom/ }).isDisabled())) throw new Error("the name of a system role is editable");
      if ((await page.getByRole("button", { name: "Enregistrer" }).count()) > 0) throw new Error("a system role shows a save button");
    });

    await step("open the reference table markers", async () => {
      await page.getByRole("menuitem", { name: "Tables de référence" }).click();
      await page.getByRole("cell", { name: "markers", exact: true }).click();
      await page.waitForURL(/\/reference-tables\/markers\/show$/);
      await page.locator('[data-testid="reference-values"][data-state="ready"]').waitFor();
    });

    await step("create the value vip / Client VIP / VIP client", async () => {
      const values = page.getByTestId("reference-values");
      if ((await values.getByRole("cell", { name: "vip", exact: true }).count()) > 0) {
        // Only when pointed at a server that already ran this journey (E2E_BASE_URL).
        console.log("    note: value vip already exists on this server, creation skipped");
      } else {
        const form = page.getByTestId("reference-value-create");
        await form.getByLabel("Code").fill("vip");
        await form.getByLabel("Libellé FR").fill("Client VIP");
        await form.getByLabel("Libellé EN").fill("VIP client");
        await form.getByRole("button", { name: "Ajouter" }).click();
      }
      await values.getByRole("cell", { name: "Client VIP", exact: true }).waitFor();
      await values.getByRole("cell", { name: "VIP client", exact: true }).waitFor();
    });

    await step("change the French label of vip, then put it back (each save sends the version it read)", async () => {
      const values = page.getByTestId("reference-values");
      for (const label of ["Client très important", "Client VIP"]) {
        await values.getByRole("row").filter({ has: page.getByRole("cell", { name: "vip", exact: true }) }).getByRole("button", { name: "Éditer" }).click();
        const form = page.getByTestId("reference-value-edit");
        await form.getByLabel("Libellé FR").fill(label);
        await form.getByRole("button", { name: "Enregistrer" }).click();
        await form.waitFor({ state: "detached" });
        await values.getByRole("cell", { name: label, exact: true }).waitFor();
      }
    });

    await step("sign out and see the login page", async () => {
      await signOut(page);
      await page.getByRole("button", { name: "Se connecter" }).waitFor();
    });
  },
};

export default journey;
