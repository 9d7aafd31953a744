import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "reference.unknown_table": { fr: "Table de référence inconnue", en: "Unknown reference table" },
  "reference.value_in_use": {
    fr: "Cette valeur est utilisée : désactivez-la plutôt que de la supprimer",
    en: "This value is in use: deactivate it instead of deleting it",
  },
  "custom_field.list_values_required": { fr: "Un champ de type liste doit avoir au moins une valeur", en: "A list field needs at least one value" },
  "custom_field.required": { fr: "Ce champ complémentaire est obligatoire", en: "This custom field is required" },
  "custom_field.unknown": { fr: "Champ complémentaire inconnu", en: "Unknown custom field" },
  "custom_field.invalid_text": { fr: "Texte attendu", en: "Text expected" },
  "custom_field.invalid_number": { fr: "Nombre attendu", en: "Number expected" },
  "custom_field.invalid_date": { fr: "Date attendue (AAAA-MM-JJ)", en: "Date expected (YYYY-MM-DD)" },
  "custom_field.invalid_boolean": { fr: "Oui ou non attendu", en: "Yes or no expected" },
  "custom_field.invalid_list_value": { fr: "Valeur hors de la liste", en: "Value not in the list" },
});
