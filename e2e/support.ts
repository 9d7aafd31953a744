import type { Page } from "playwright-core";

/** What a journey receives from the runner: a fresh browser profile already open on a blank page. */
export interface JourneyContext {
  page: Page;
  baseUrl: string;
  /** Runs one named step; a failure is reported with the step name. */
  step: (name: string, action: () => Promise<void>) => Promise<void>;
}

export interface Journey {
  name: string;
  run: (context: JourneyContext) => Promise<void>;
}

export class StepError extends Error {
  constructor(
    readonly stepName: string,
    cause: unknown,
  ) {
    super(`step "${stepName}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function isJourney(value: unknown): value is Journey {
  return (
    typeof value === "object" &&
    value !== null &&
    "name" in value &&
    typeof value.name === "string" &&
    "run" in value &&
    typeof value.run === "function"
  );
}

/** Signs in from the login page with a demo account (all share the demo password) and waits for the tenant's shell. */
export async function signIn(page: Page, baseUrl: string, email: string, tenantName: string): Promise<void> {
  await page.goto(new URL("/", baseUrl).toString());
  await page.getByTestId("login-page").waitFor();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("adhesia-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByTestId("tenant-name").filter({ hasText: tenantName }).waitFor();
}

/** Signs out from the profile menu and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Profil" }).click();
  await page.getByRole("menuitem", { name: "Déconnexion" }).click();
  await page.getByTestId("login-page").waitFor();
}

/** A tiny but real PDF: the server checks the bytes, not only the extension. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** Six letters from the clock (the search box reads digits as phones or postal codes): a name part no demo record has. */
export function uniqueLetters(): string {
  let value = Date.now();
  let letters = "";
  while (value > 0) {
    letters += String.fromCharCode(97 + (value % 26));
    value = Math.floor(value / 26);
  }
  return letters.slice(0, 6);
}

/** On the person form: the main address (street, postal code, city) and the origin « Agence en ligne ». */
export async function fillMainAddressAndOrigin(page: Page, street: string, postalCode: string, city: string): Promise<void> {
  const address = page.getByTestId("address-main");
  await address.getByLabel("N° et libellé de la voie").fill(street);
  await address.getByLabel("Code postal").fill(postalCode);
  await address.getByLabel("Ville").fill(city);
  const origin = page.getByRole("combobox", { name: "Origine" });
  await origin.click();
  await origin.fill("Agence");
  await page.getByRole("option", { name: "Agence en ligne" }).click();
}

/**
 * Clicks every sortable column header of the list on screen, twice (ascending, then descending), and
 * fails if the API refused one of these sorts (a column offered as sortable that the server cannot sort:
 * the list would show an error, and keep it, since react-admin remembers the sort).
 */
export async function sortEveryColumn(page: Page, apiPath: string): Promise<string[]> {
  const refused: string[] = [];
  const onResponse = (response: { url: () => string; status: () => number }) => {
    if (response.url().includes(`/api/v1${apiPath}?`) && response.status() >= 400) refused.push(`${response.status()} ${new URL(response.url()).search}`);
  };
  page.on("response", onResponse);
  const headers = page.locator("thead .MuiTableSortLabel-root");
  const names: string[] = [];
  try {
    for (let index = 0; index < (await headers.count()); index++) {
      const header = headers.nth(index);
      names.push((await header.innerText()).trim());
      for (const _order of ["asc", "desc"]) {
        const answered = page.waitForResponse((response) => response.url().includes(`/api/v1${apiPath}?`)).catch(() => null);
        await header.click();
        await answered;
        // A refused sort leaves the list on an error: stop at the first one.
        if (refused.length > 0) throw new Error(`sort by « ${names.at(-1) ?? "?"} » refused by the API: ${refused.join(", ")}`);
      }
    }
  } finally {
    page.off("response", onResponse);
  }
  return names;
}
