import { successiveTotpCodes } from "../../server/src/test-support/totp.js";
import { signIn, signOut, type Journey } from "../support";

const NEW_PASSWORD = "une phrase de passe e2e";

/**
 * A user looks after their own account (« Mon compte », from the user menu): turns on the second
 * factor with the QR code's key, changes the password, then signs in with both.
 * marketing@alpha.demo is the account no other journey uses.
 */
const journey: Journey = {
  name: "account",
  async run({ page, baseUrl, step }) {
    let codes: [string, string, string] = ["", "", ""];

    await step("sign in as marketing@alpha.demo and open « Mon compte » from the user menu", async () => {
      await signIn(page, baseUrl, "marketing@alpha.demo", "Mutuelle Alpha");
      await page.getByRole("button", { name: "Profil" }).click();
      await page.getByTestId("user-menu-account").click();
      await page.waitForURL(/\/account$/);
      await page.getByText("Désactivée : à la connexion, seul le mot de passe est demandé.").waitFor();
    });

    await step("set up the second factor: a QR code and its key, then a code turns it on", async () => {
      await page.getByRole("button", { name: "Configurer" }).click();
      await page.getByTestId("totp-qr").locator("svg").waitFor();
      const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
      if (!/^[A-Z2-7]{16,}$/.test(secret)) throw new Error(`unexpected TOTP key ${secret}`);
      codes = await successiveTotpCodes(secret);
      await page.getByTestId("totp-code").fill("000000");
      await page.getByRole("button", { name: "Activer" }).click();
      await page.getByText("Code de vérification incorrect").waitFor();
      await page.getByTestId("totp-code").fill(codes[0]);
      await page.getByRole("button", { name: "Activer" }).click();
      await page.getByText("Double authentification activée").first().waitFor();
    });

    await step("change the password: a wrong current one is refused on its field, then the change is confirmed", async () => {
      await page.getByLabel("Mot de passe actuel").fill("pas-le-bon-mot-de-passe");
      await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
      await page.getByLabel("Confirmer le nouveau mot de passe").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Changer le mot de passe" }).click();
      await page.getByText("Mot de passe actuel incorrect").first().waitFor();
      await page.getByLabel("Mot de passe actuel").fill("adhesia-demo");
      await page.getByRole("button", { name: "Changer le mot de passe" }).click();
      await page.getByText("Mot de passe changé ; vos autres sessions sont fermées").waitFor();
    });

    await step("sign out, then sign in with the new password and a code", async () => {
      await signOut(page);
      await page.getByLabel("Adresse e-mail").fill("marketing@alpha.demo");
      await page.getByLabel("Mot de passe").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      const code = page.getByLabel("Code de vérification");
      await code.waitFor();
      await code.fill(codes[1]);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.getByTestId("tenant-name").filter({ hasText: "Mutuelle Alpha" }).waitFor();
    });
  },
};

export default journey;
