import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "company.invalid_siren": { fr: "SIREN invalide : 9 chiffres dont le dernier est une clé de contrôle", en: "Invalid SIREN: 9 digits, the last one a check digit" },
  "company.siren_required": {
    fr: "SIREN obligatoire, sauf pour une entreprise en création ou une forme juridique qui n'en a pas",
    en: "SIREN required, except for a company being created or a legal form that has none",
  },
  "company.invalid_siret": { fr: "SIRET invalide : 14 chiffres dont le dernier est une clé de contrôle", en: "Invalid SIRET: 14 digits, the last one a check digit" },
  "company.siret_siren_mismatch": { fr: "Ce SIRET n'est pas un établissement de ce SIREN (ses 9 premiers chiffres diffèrent)", en: "This SIRET is not an establishment of this SIREN (its first 9 digits differ)" },
  "company.invalid_naf": { fr: "Code NAF inconnu : attendu une sous-classe de la NAF rév. 2, par exemple 86.21Z", en: "Unknown NAF code: expected a NAF rev. 2 sub-class, e.g. 86.21Z" },
  "company.invalid_idcc": { fr: "IDCC inconnu", en: "Unknown IDCC" },
  "company.invalid_headcount_band": { fr: "Tranche d'effectif inconnue (codes INSEE)", en: "Unknown headcount band (INSEE codes)" },
  "company.hds_rate_required": { fr: "Le taux HDS est obligatoire quand l'indicateur HDS est coché", en: "The HDS rate is required when HDS is enabled" },
  "company.invalid_phone": { fr: "Numéro de téléphone invalide", en: "Invalid phone number" },
  "company.siren_taken": { fr: "Une entreprise avec ce SIREN existe déjà", en: "A company with this SIREN already exists" },
  "company.duplicate_address_kind": { fr: "Une seule adresse de ce type par entreprise", en: "Only one address of this kind per company" },
  "company.unknown_origin": { fr: "Origine inconnue", en: "Unknown origin" },
  "company.unknown_person": { fr: "Personne inconnue", en: "Unknown person" },
  "company.unknown_company": { fr: "Entreprise inconnue", en: "Unknown company" },
  "company.unknown_reference_value": { fr: "Valeur inconnue ou désactivée : {value}", en: "Unknown or deactivated value: {value}" },
  "company.main_contact_twice": {
    fr: "Choisir un interlocuteur principal existant ou en créer un, pas les deux",
    en: "Select an existing main contact or create one, not both",
  },
  "company.sensitive_forbidden": {
    fr: "Modifier PPE ou gel des avoirs demande la permission company:write_sensitive",
    en: "Changing PEP or asset freeze needs the company:write_sensitive permission",
  },
  "company.relation_to_self": { fr: "Une entreprise ne peut pas être en relation avec elle-même", en: "A company cannot be related to itself" },
  "company.no_demography": { fr: "Aucun fichier de démographie pour cette entreprise", en: "No demography file for this company" },
  "company.demography_not_spreadsheet": { fr: "La démographie se dépose en tableur (xlsx ou csv)", en: "Demography is uploaded as a spreadsheet (xlsx or csv)" },
});
