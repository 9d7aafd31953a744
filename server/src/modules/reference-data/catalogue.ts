import type { LocalisedText } from "../../platform/i18n/messages.js";

export interface ReferenceTableDefinition extends LocalisedText {
  code: string;
  /** Values every new tenant starts with; the tenant edits them afterwards. */
  defaults: Array<{ code: string } & LocalisedText>;
}

/** The per-tenant reference tables the source documents name; each module reads the ones it needs. */
export const referenceTableCatalogue: ReferenceTableDefinition[] = [
  {
    code: "markers",
    fr: "Marqueurs",
    en: "Markers",
    defaults: [
      { code: "newsletter", fr: "Abonné newsletter", en: "Newsletter subscriber" },
      { code: "event_guest", fr: "Invité aux événements", en: "Event guest" },
    ],
  },
  {
    code: "importance",
    fr: "Indicateurs d'importance",
    en: "Importance indicators",
    defaults: [
      { code: "low", fr: "Faible", en: "Low" },
      { code: "normal", fr: "Normale", en: "Normal" },
      { code: "high", fr: "Élevée", en: "High" },
    ],
  },
  {
    code: "product_families",
    fr: "Familles de produits",
    en: "Product families",
    defaults: [
      { code: "health_individual", fr: "Santé individuelle", en: "Individual health" },
      { code: "health_group", fr: "Santé collective", en: "Group health" },
      { code: "protection", fr: "Prévoyance", en: "Protection" },
    ],
  },
  {
    code: "interaction_types",
    fr: "Types d'interaction",
    en: "Interaction types",
    defaults: [
      { code: "call_in", fr: "Appel entrant", en: "Incoming call" },
      { code: "call_out", fr: "Appel sortant", en: "Outgoing call" },
      { code: "meeting", fr: "Rendez-vous", en: "Meeting" },
      { code: "email", fr: "E-mail", en: "E-mail" },
      { code: "letter", fr: "Courrier", en: "Letter" },
      { code: "sms", fr: "SMS", en: "SMS" },
      { code: "visit", fr: "Visite en agence", en: "Branch visit" },
    ],
  },
  {
    code: "interaction_results",
    fr: "Résultats d'interaction",
    en: "Interaction results",
    defaults: [
      { code: "reached", fr: "Contact établi", en: "Reached" },
      { code: "no_answer", fr: "Pas de réponse", en: "No answer" },
      { code: "call_back", fr: "À rappeler", en: "Call back" },
      { code: "not_interested", fr: "Pas intéressé", en: "Not interested" },
    ],
  },
  {
    code: "professions",
    fr: "Professions",
    en: "Professions",
    defaults: [
      { code: "employee", fr: "Salarié", en: "Employee" },
      { code: "civil_servant", fr: "Fonctionnaire", en: "Civil servant" },
      { code: "craftsman", fr: "Artisan", en: "Craftsman" },
      { code: "trader", fr: "Commerçant", en: "Trader" },
      { code: "liberal_profession", fr: "Profession libérale", en: "Liberal profession" },
      { code: "farmer", fr: "Exploitant agricole", en: "Farmer" },
      { code: "retired", fr: "Retraité", en: "Retired" },
      { code: "student", fr: "Étudiant", en: "Student" },
      { code: "unemployed", fr: "Sans emploi", en: "Unemployed" },
    ],
  },
  {
    code: "social_regimes",
    fr: "Régimes sociaux",
    en: "Social security regimes",
    defaults: [
      { code: "general", fr: "Régime général", en: "General regime" },
      { code: "agricultural", fr: "Mutualité sociale agricole (MSA)", en: "Agricultural regime (MSA)" },
      { code: "self_employed", fr: "Travailleurs indépendants", en: "Self-employed" },
      { code: "student", fr: "Régime étudiant", en: "Student regime" },
      { code: "other", fr: "Autre régime", en: "Other regime" },
    ],
  },
  {
    code: "legal_forms",
    fr: "Formes juridiques",
    en: "Legal forms",
    defaults: [
      { code: "sarl", fr: "SARL", en: "SARL (private limited company)" },
      { code: "sas", fr: "SAS", en: "SAS (simplified joint-stock company)" },
      { code: "sasu", fr: "SASU", en: "SASU (single-shareholder SAS)" },
      { code: "sa", fr: "SA", en: "SA (public limited company)" },
      { code: "eurl", fr: "EURL", en: "EURL (single-member SARL)" },
      { code: "ei", fr: "Entreprise individuelle", en: "Sole proprietorship" },
      { code: "association", fr: "Association loi 1901", en: "Non-profit association" },
    ],
  },
  {
    code: "product_designers",
    fr: "Concepteurs de gammes",
    en: "Range designers",
    defaults: [
      { code: "marketing", fr: "Direction marketing", en: "Marketing department" },
      { code: "actuarial", fr: "Direction technique et actuariat", en: "Actuarial department" },
    ],
  },
  {
    code: "insurers",
    fr: "Assureurs (porteurs de risque)",
    en: "Insurers (risk carriers)",
    defaults: [{ code: "self", fr: "La mutuelle elle-même", en: "The mutual itself" }],
  },
  {
    code: "product_managers",
    fr: "Gestionnaires",
    en: "Managers",
    defaults: [
      { code: "self", fr: "Gestion interne", en: "In-house management" },
      { code: "delegated", fr: "Gestionnaire délégué", en: "Delegated manager" },
    ],
  },
  {
    code: "coverage_modules",
    fr: "Modules de garanties",
    en: "Coverage modules",
    defaults: [
      { code: "hospital", fr: "Hospitalisation", en: "Hospital" },
      { code: "routine_care", fr: "Soins courants", en: "Routine care" },
      { code: "optical", fr: "Optique", en: "Optical" },
      { code: "dental", fr: "Dentaire", en: "Dental" },
      { code: "hearing", fr: "Aides auditives", en: "Hearing aids" },
      { code: "prevention", fr: "Prévention et médecines douces", en: "Prevention and alternative medicine" },
    ],
  },
  {
    code: "sales_channels",
    fr: "Canaux de vente",
    en: "Sales channels",
    defaults: [
      { code: "online", fr: "En ligne", en: "Online" },
      { code: "agency", fr: "Agence", en: "Agency" },
      { code: "broker", fr: "Courtage", en: "Broker" },
      { code: "call_centre", fr: "Centre d'appels", en: "Call centre" },
    ],
  },
];
