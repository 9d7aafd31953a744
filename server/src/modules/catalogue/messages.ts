import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "catalogue.unknown_reference_value": { fr: "Valeur inconnue de la table de référence : {value}", en: "Unknown reference table value: {value}" },
  "catalogue.unknown_parent": { fr: "Aucun enregistrement avec cet identifiant", en: "No record with this id" },
  "catalogue.contract_type_mismatch": {
    fr: "Le type de contrat doit être celui de la gamme ({expected}), ou individuel ou collectif pour une gamme mixte",
    en: "The contract type must be the range's ({expected}), or individual or group for a mixed range",
  },
  "catalogue.guarantee_not_in_range": { fr: "Cette garantie n'appartient pas à la gamme du produit", en: "This guarantee is not in the product's range" },
  "catalogue.sale_end_before_start": { fr: "La fin de commercialisation précède son début", en: "The end of sale is before its start" },
  "catalogue.product_inactive": { fr: "Ce produit n'est pas actif : il n'est pas à la vente", en: "This product is not active: it is not for sale" },
  "catalogue.not_on_sale_at_date": { fr: "Ce produit n'est pas commercialisé à cette date (du {start} au {end})", en: "This product is not on sale at this date (from {start} to {end})" },
  "catalogue.not_sold_on_channel": { fr: "Ce produit n'est pas vendu sur le canal {value}", en: "This product is not sold on the channel {value}" },
  "catalogue.in_use": { fr: "Cet élément est utilisé : désactivez-le plutôt que de le supprimer", en: "This item is in use: deactivate it instead of deleting it" },
  // The business domains as the screens name them, for the exports of the records filed under one.
  "domain.health": { fr: "Santé", en: "Health" },
  "domain.protection": { fr: "Prévoyance", en: "Protection" },
  "domain.savings_retirement": { fr: "Épargne et retraite", en: "Savings and retirement" },
  "domain.property_casualty": { fr: "IARD", en: "Property and casualty" },
  "domain.services": { fr: "Services", en: "Services" },
});
