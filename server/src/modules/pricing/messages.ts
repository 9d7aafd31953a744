import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "pricing.date_invalid": { fr: "Date invalide (AAAA-MM-JJ attendu)", en: "Invalid date (YYYY-MM-DD expected)" },
  "pricing.postal_code_invalid": { fr: "Code postal français à cinq chiffres attendu", en: "A five-digit French postal code is expected" },
  "pricing.zone_unknown": { fr: "Ce département n'est dans aucune zone tarifaire du produit", en: "This department is in none of the product's tariff zones" },
  "pricing.main_insured_required": { fr: "Il faut exactement un assuré principal", en: "Exactly one main insured is needed" },
  "pricing.one_spouse_only": { fr: "Un seul conjoint possible", en: "Only one spouse is possible" },
  "pricing.born_after_effective_date": { fr: "Né après la date d'effet", en: "Born after the effective date" },
  "pricing.no_rate": { fr: "Aucune ligne du tarif ne s'applique : profil non tarifable", en: "No tariff row applies: this profile cannot be priced" },
  "pricing.tariff_invalid": { fr: "Le tarif contient un taux illisible", en: "The tariff holds an unreadable rate" },
  "pricing.pmss_missing": { fr: "Aucun PMSS en vigueur à cette date", en: "No PMSS in force at this date" },
  "pricing.tax_rate_missing": { fr: "Aucun taux de TSA en vigueur à cette date", en: "No TSA rate in force at this date" },
  "pricing.option_unknown": { fr: "Module optionnel inconnu pour cette formule", en: "Unknown optional module for this formula" },
  "pricing.no_tariff_in_force": { fr: "Aucun tarif du produit n'est en vigueur à cette date", en: "No tariff of the product is in force at this date" },
  "pricing.formula_not_priced": { fr: "Cette formule n'a pas de grille dans le tarif en vigueur", en: "This formula has no grid in the tariff in force" },
  "pricing.formula_not_in_product": { fr: "Cette formule n'appartient pas au produit", en: "This formula does not belong to the product" },
  "pricing.formula_twice": { fr: "Cette formule a déjà une grille dans ce tarif", en: "This formula already has a grid in this tariff" },
  "pricing.unknown_product": { fr: "Produit inconnu", en: "Unknown product" },
  "pricing.unknown_introducer": { fr: "Apporteur inconnu", en: "Unknown introducer" },
});
