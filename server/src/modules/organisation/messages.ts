import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "introducer.invalid_orias": { fr: "Numéro ORIAS invalide : 8 chiffres attendus", en: "Invalid ORIAS number: 8 digits expected" },
  "introducer.orias_required": { fr: "Un cabinet de courtage a un numéro ORIAS", en: "A broker has an ORIAS number" },
  "introducer.orias_brokers_only": { fr: "Seul un cabinet de courtage a un numéro ORIAS", en: "Only a broker has an ORIAS number" },
  "introducer.code_taken": { fr: "Un autre apporteur a déjà ce code", en: "Another introducer already has this code" },
  "introducer.in_use": {
    fr: "Cet apporteur a des conseillers, des règles ou des prospects : désactivez-le plutôt que de le supprimer",
    en: "This introducer has advisors, rules or prospects: deactivate it instead of deleting it",
  },
  "introducer.unknown": { fr: "Apporteur inconnu", en: "Unknown introducer" },
  "introducer.inactive": { fr: "Cet apporteur est désactivé", en: "This introducer is deactivated" },
  "advisor.unknown_user": { fr: "Utilisateur inconnu", en: "Unknown user" },
  "advisor.inactive_user": { fr: "Cet utilisateur est désactivé", en: "This user is deactivated" },
  "advisor.without_introducer": { fr: "Ce conseiller n'est rattaché à aucun apporteur", en: "This advisor belongs to no introducer" },
  "sector.overlap": { fr: "{value} appartient déjà au secteur {sector}", en: "{value} already belongs to sector {sector}" },
  "sector.code_taken": { fr: "Un autre secteur a déjà ce code", en: "Another sector already has this code" },
  "sector.invalid_department": { fr: "Département invalide : {value} (01 à 95, 2A, 2B, 971 à 976)", en: "Invalid department: {value} (01 to 95, 2A, 2B, 971 to 976)" },
  "sector.invalid_postal_code": { fr: "Code postal invalide : {value} (5 chiffres)", en: "Invalid postal code: {value} (5 digits)" },
  "sector.listed_twice": { fr: "{value} figure deux fois dans le secteur", en: "{value} is listed twice in the sector" },
  "assignment.unknown_headcount_band": { fr: "Tranche d'effectif INSEE inconnue : {value}", en: "Unknown INSEE headcount band: {value}" },
  "assignment.introducer_mismatch": {
    fr: "Ce conseiller est rattaché à un autre apporteur : {introducer}",
    en: "This advisor belongs to another introducer: {introducer}",
  },
  "assignment.target_required": { fr: "Indiquez un apporteur ou un conseiller", en: "Give an introducer or an advisor" },
  "assignment_rule.duplicate": {
    fr: "Une règle existe déjà pour ce marché et ce code postal ou département",
    en: "A rule already exists for this market and postal code or department",
  },
  "assignment_rule.place_required": { fr: "Indiquez soit un code postal, soit un département", en: "Give either a postal code or a department" },
  "assignment_rule.invalid_market": { fr: "Marché inconnu : {value} (MDP, MDPRO ou MDE)", en: "Unknown market: {value} (MDP, MDPRO or MDE)" },
  "assignment_rule.unknown_introducer": { fr: "Aucun apporteur n'a le code {value}", en: "No introducer has code {value}" },
  "assignment_rule.unknown_advisor": { fr: "Aucun conseiller n'a l'adresse {value}", en: "No advisor has the address {value}" },
  "assignment_rule.advisor_not_member": {
    fr: "Ce conseiller n'est pas rattaché à cet apporteur",
    en: "This advisor does not belong to this introducer",
  },
  "assignment_rule.duplicate_in_file": { fr: "Cette règle figure déjà à la ligne {line} du fichier", en: "This rule is already on line {line} of the file" },
  "assignment_rule.import_missing_column": { fr: "Colonne obligatoire absente : {column}", en: "Missing required column: {column}" },
  "assignment_rule.import_unreadable": {
    fr: "Fichier illisible : CSV (séparateur « ; » ou « , ») ou XLSX attendu",
    en: "Unreadable file: CSV (“;” or “,” separator) or XLSX expected",
  },
});
