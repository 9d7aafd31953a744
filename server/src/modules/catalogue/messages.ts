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
  "catalogue.in_use": { fr: "Cet élément est utilisé : désactivez-le plutôt que de le supprimer", en: "This item is in use: deactivate it instead of deleting it" },
});
