import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "interaction.record_required": { fr: "Indiquez une personne ou une entreprise", en: "Give a person or a company" },
  "interaction.unknown_person": { fr: "Personne inconnue", en: "Unknown person" },
  "interaction.unknown_company": { fr: "Entreprise inconnue", en: "Unknown company" },
  "interaction.unknown_advisor": { fr: "Conseiller inconnu ou désactivé", en: "Unknown or deactivated advisor" },
  "interaction.advisor_required": { fr: "Indiquez le conseiller", en: "Give the advisor" },
  "interaction.unknown_type": { fr: "Type d'interaction inconnu ou désactivé : {value}", en: "Unknown or deactivated interaction type: {value}" },
  "interaction.unknown_result": { fr: "Résultat inconnu ou désactivé : {value}", en: "Unknown or deactivated result: {value}" },
  "interaction.unknown_opportunity": { fr: "Opportunité inconnue", en: "Unknown opportunity" },
  "interaction.opportunity_mismatch": {
    fr: "Cette opportunité concerne une autre personne ou entreprise",
    en: "This opportunity is about another person or company",
  },
  "interaction.ended_in_future": { fr: "La fin ne peut pas être dans le futur", en: "The end cannot be in the future" },
  "interaction.already_done": { fr: "Cette interaction est déjà réalisée", en: "This interaction is already done" },
  "interaction.agenda_range_reversed": { fr: "La fin de la période doit suivre son début", en: "The end of the period must follow its start" },
  "interaction.agenda_range_too_long": { fr: "Période trop longue : {days} jours au plus", en: "Period too long: {days} days at most" },
});
