import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "contract.invalid_siren": { fr: "SIREN invalide (9 chiffres et clé de Luhn)", en: "Invalid SIREN (9 digits with a Luhn key)" },
  "contract.termination_date_required": { fr: "Un contrat résilié a une date de résiliation", en: "A terminated contract has a termination date" },
  "contract.invalid_day": { fr: "Date impossible : l'année 0000 n'existe pas", en: "Impossible date: there is no year 0000" },
  "contract.end_before_start": { fr: "La fin précède le début du contrat", en: "The end comes before the contract's start" },
  "contract.beneficiary_end_before_start": { fr: "La fin de couverture du bénéficiaire précède son début", en: "The beneficiary's cover ends before it starts" },
  "contract.invalid_country": { fr: "Code pays inconnu : deux lettres ISO 3166 (FR, BE…)", en: "Unknown country code: two ISO 3166 letters (FR, BE…)" },
  "contract.product_required": { fr: "Indiquez le code produit ou le libellé du produit", en: "Give the product code or the product label" },
  "contract.group_without_beneficiaries": { fr: "Un contrat collectif liste ses salariés affiliés", en: "A group contract lists its enrolled employees" },
  "contract.unknown_product": { fr: "Produit inconnu du catalogue : {value} (donnez son libellé pour un produit partenaire)", en: "Product unknown to the catalogue: {value} (give its label for a partner product)" },
  "contract.domain_mismatch": { fr: "Domaine différent de celui du produit au catalogue : {value}", en: "Domain other than the catalogue product's: {value}" },
  "contract.unknown_formula": { fr: "Formule inconnue pour ce produit : {value}", en: "Formula unknown for this product: {value}" },
  "contract.unknown_introducer": { fr: "Apporteur inconnu : {value}", en: "Unknown introducer: {value}" },
  "contract.feed_line_not_json": { fr: "La ligne n'est pas un objet JSON", en: "The line is not a JSON object" },
  "contract.intake_missing_column": { fr: "Colonne obligatoire absente : {column}", en: "Required column missing: {column}" },
  "contract.intake_empty_file": { fr: "Fichier vide ou illisible", en: "Empty or unreadable file" },
  "contract.intake_duplicate_reference": { fr: "Référence de titulaire en double : {value}", en: "Holder reference given twice: {value}" },
  "contract.intake_duplicate_contract": { fr: "Numéro de contrat sur plusieurs lignes du fichier des contrats : {value}", en: "Contract number on several lines of the contracts file: {value}" },
  "contract.intake_unknown_holder": { fr: "Titulaire absent du fichier des titulaires : {value}", en: "Holder missing from the holders file: {value}" },
  "contract.intake_unknown_contract": { fr: "Contrat absent du fichier des contrats : {value}", en: "Contract missing from the contracts file: {value}" },
  // Statuses as the screens name them, for the export.
  "contract.status.active": { fr: "En cours", en: "Active" },
  "contract.status.suspended": { fr: "Suspendu", en: "Suspended" },
  "contract.status.terminated": { fr: "Résilié", en: "Terminated" },
});
