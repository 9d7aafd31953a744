/**
 * A price line's basis as an advisor reads it, in the request's language: the engine explains with
 * data (engine/line-basis.ts), this renders it (« Assuré principal, 46 ans (tranche 45–54 ans) »).
 */
import "./messages.js";
import type { Locale } from "../../platform/i18n/locale.js";
import { translate } from "../../platform/i18n/messages.js";
import type { LineBasis, MatchedCriterion } from "./engine/index.js";

const euroFormats: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};

/** 5190 → « 51,90 € » in French, "€51.90" in English. */
export const formatEuroCents = (cents: number, locale: Locale): string => euroFormats[locale].format(cents / 100);

/** The label of a code the catalogue may not know (a regime is profile data): the generic text with the code otherwise. */
function labelOf(key: string, fallbackKey: string, code: string, locale: Locale): string {
  const label = translate(key, locale);
  return label === key ? translate(fallbackKey, locale, { code }) : label;
}

function criterionText(matched: MatchedCriterion, locale: Locale): string {
  switch (matched.criterion) {
    case "role":
      return translate(`pricing.role.${matched.role}`, locale);
    case "age": {
      const years = translate(matched.age < 2 ? "pricing.basis.year" : "pricing.basis.years", locale, { age: matched.age });
      return matched.ageMax === undefined
        ? translate("pricing.basis.age_from", locale, { years, min: matched.ageMin })
        : translate("pricing.basis.age_band", locale, { years, min: matched.ageMin, max: matched.ageMax });
    }
    case "zone":
      return translate("pricing.basis.zone", locale, { zone: matched.zone, department: matched.department });
    case "social_regime":
      return translate("pricing.basis.social_regime", locale, { code: matched.socialRegime });
    case "local_regime":
      return labelOf(`pricing.basis.local_regime.${matched.localRegime}`, "pricing.basis.local_regime", matched.localRegime, locale);
    case "structure":
      return translate(`pricing.basis.structure.${matched.structure}`, locale);
  }
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Renders bases in one language, each distinct basis once: the proposals for one profile repeat most
 * of their lines from one formula to the next (the same beneficiaries in the same bands, the same
 * fees), and rendering them (messages, euro format) cost more than pricing them. The text depends
 * on nothing but the basis and the language, so a basis with the same values has the same text.
 */
export function basisTexts(locale: Locale): (basis: LineBasis) => string {
  const texts = new Map<string, string>();
  return (basis) => {
    const key = JSON.stringify(basis);
    let text = texts.get(key);
    if (text === undefined) {
      text = basisText(basis, locale);
      texts.set(key, text);
    }
    return text;
  };
}

export function basisText(basis: LineBasis, locale: Locale): string {
  switch (basis.code) {
    case "profile": {
      const matched = basis.criteria.length > 0 ? capitalised(basis.criteria.map((criterion) => criterionText(criterion, locale)).join(", ")) : translate("pricing.basis.any_profile", locale);
      return basis.pmssCents === undefined ? matched : translate("pricing.basis.pmss", locale, { matched, amount: formatEuroCents(basis.pmssCents, locale) });
    }
    case "fee_per_contract":
    case "fee_per_beneficiary":
    case "amount_per_contract":
      return translate(`pricing.basis.${basis.code}`, locale);
    case "child_rank":
      return translate("pricing.basis.child_rank", locale, { rank: basis.fromRank });
    case "contribution":
    case "net_after_discounts":
    case "net_after_discounts_plus_fees":
    case "one_off_fees":
      return translate(`pricing.basis.${basis.code}`, locale, { amount: formatEuroCents(basis.baseCents, locale) });
  }
}
