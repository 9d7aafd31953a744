import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import frenchMessages from "ra-language-french";
import type { TranslationMessages } from "react-admin";
import { accessEn } from "../modules/access/messages.en";
import { accessFr } from "../modules/access/messages.fr";
import { catalogueEn } from "../modules/catalogue/messages.en";
import { catalogueFr } from "../modules/catalogue/messages.fr";
import { companiesEn } from "../modules/companies/messages.en";
import { companiesFr } from "../modules/companies/messages.fr";
import { contractsEn } from "../modules/contracts/messages.en";
import { contractsFr } from "../modules/contracts/messages.fr";
import { duplicatesEn } from "../modules/duplicates/messages.en";
import { duplicatesFr } from "../modules/duplicates/messages.fr";
import { interactionsEn } from "../modules/interactions/messages.en";
import { interactionsFr } from "../modules/interactions/messages.fr";
import { jobsEn, jobsFr } from "../modules/jobs/messages";
import { opportunitiesEn } from "../modules/opportunities/messages.en";
import { opportunitiesFr } from "../modules/opportunities/messages.fr";
import { organisationEn } from "../modules/organisation/messages.en";
import { organisationFr } from "../modules/organisation/messages.fr";
import { originsEn } from "../modules/origins/messages.en";
import { originsFr } from "../modules/origins/messages.fr";
import { personsEn } from "../modules/persons/messages.en";
import { personsFr } from "../modules/persons/messages.fr";
import { pricingEn } from "../modules/pricing/messages.en";
import { pricingFr } from "../modules/pricing/messages.fr";
import { referenceEn } from "../modules/reference-data/messages.en";
import { referenceFr } from "../modules/reference-data/messages.fr";
import { uiEn } from "../ui/messages.en";
import { uiFr } from "../ui/messages.fr";
import { appEn } from "./i18n/en";
import { appFr, type MessageTree } from "./i18n/fr";

export type Locale = "fr" | "en";
export const LOCALES: readonly Locale[] = ["fr", "en"];
const LOCALE_STORAGE_KEY = "adhesia.locale";

function merge(target: MessageTree, source: MessageTree): MessageTree {
  const result: MessageTree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = result[key];
    result[key] = typeof value === "object" && typeof existing === "object" ? merge(existing, value) : value;
  }
  return result;
}

function bundle(base: TranslationMessages, ...parts: MessageTree[]): TranslationMessages {
  return { ...base, ...parts.reduce<MessageTree>((all, part) => merge(all, part), {}) };
}

const messages: Record<Locale, TranslationMessages> = {
  fr: bundle(frenchMessages, appFr, uiFr, accessFr, referenceFr, jobsFr, originsFr, personsFr, companiesFr, duplicatesFr, organisationFr, interactionsFr, opportunitiesFr, catalogueFr, pricingFr, contractsFr),
  en: bundle(englishMessages, appEn, uiEn, accessEn, referenceEn, jobsEn, originsEn, personsEn, companiesEn, duplicatesEn, organisationEn, interactionsEn, opportunitiesEn, catalogueEn, pricingEn, contractsEn),
};

function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}

/** The language chosen in the user menu survives sign-out (react-admin resets its own store then). */
function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : "fr";
  } catch {
    return "fr";
  }
}

const polyglot = polyglotI18nProvider((locale) => messages[isLocale(locale) ? locale : "fr"], storedLocale(), [
  { locale: "fr", name: "Français" },
  { locale: "en", name: "English" },
], { allowMissing: true });

export const i18nProvider = {
  ...polyglot,
  changeLocale: async (locale: string) => {
    const next: Locale = isLocale(locale) ? locale : "fr";
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // private browsing: the choice lasts until the tab is closed
    }
    document.documentElement.lang = next;
    await polyglot.changeLocale(next);
  },
};

document.documentElement.lang = storedLocale();

export function currentLocale(): Locale {
  const locale = i18nProvider.getLocale();
  return isLocale(locale) ? locale : "fr";
}
