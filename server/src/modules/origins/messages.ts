import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "origin.system_readonly": {
    fr: "Cette origine système sert aux interfaces : elle ne peut être ni modifiée ni supprimée",
    en: "This system origin is used by the interfaces: it can be neither changed nor deleted",
  },
  "origin.in_use": {
    fr: "Cette origine est utilisée : désactivez-la plutôt que de la supprimer",
    en: "This origin is in use: deactivate it instead of deleting it",
  },
  "origin.end_before_start": { fr: "La date de fin précède la date de début", en: "The end date is before the start date" },
  "origin.invalid_code": {
    fr: "Code invalide : lettres, chiffres, « _ », « . » ou « - », 60 caractères au plus",
    en: "Invalid code: letters, digits, “_”, “.” or “-”, 60 characters at most",
  },
  "origin.invalid_kind": {
    fr: "Type d'origine inconnu : {value} (attendu : campaign, event, comparator, spontaneous_call, web_site, partner, referral ou other)",
    en: "Unknown origin kind: {value} (expected: campaign, event, comparator, spontaneous_call, web_site, partner, referral or other)",
  },
  "origin.invalid_date": { fr: "Date invalide : {value} (AAAA-MM-JJ ou JJ/MM/AAAA attendu)", en: "Invalid date: {value} (YYYY-MM-DD or DD/MM/YYYY expected)" },
  "origin.invalid_cost": {
    fr: "Coût invalide : {value} (montant positif en euros, deux décimales au plus, ex. 1500,50)",
    en: "Invalid cost: {value} (a positive amount in euros, two decimals at most, e.g. 1500.50)",
  },
  "origin.duplicate_in_file": { fr: "Ce code figure déjà à la ligne {line} du fichier", en: "This code is already on line {line} of the file" },
  "origin.import_missing_column": { fr: "Colonne obligatoire absente : {column}", en: "Missing required column: {column}" },
  "origin.import_unreadable": {
    fr: "Fichier illisible : CSV (séparateur « ; » ou « , ») ou XLSX attendu",
    en: "Unreadable file: CSV (“;” or “,” separator) or XLSX expected",
  },
});
