import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "person.invalid_phone": { fr: "Numéro de téléphone invalide", en: "Invalid phone number" },
  "person.not_mobile_phone": { fr: "Ce numéro n'est pas un numéro de mobile", en: "This is not a mobile number" },
  "person.invalid_birth_date": { fr: "Date de naissance impossible", en: "Impossible birth date" },
  "person.duplicate_address_kind": { fr: "Une seule adresse de ce type par personne", en: "Only one address of this kind per person" },
  "person.secondary_without_main": { fr: "Une adresse secondaire demande une adresse principale", en: "A secondary address needs a main address" },
  "person.professional_only": { fr: "Réservé aux professionnels", en: "For professionals only" },
  "person.unknown_origin": { fr: "Origine inconnue", en: "Unknown origin" },
  "person.unknown_person": { fr: "Personne inconnue", en: "Unknown person" },
  "person.unknown_company": { fr: "Entreprise inconnue", en: "Unknown company" },
  "person.unknown_reference_value": { fr: "Valeur inconnue ou désactivée : {value}", en: "Unknown or deactivated value: {value}" },
  "person.sensitive_forbidden": {
    fr: "Modifier PPE ou gel des avoirs demande la permission person:write_sensitive",
    en: "Changing PEP or asset freeze needs the person:write_sensitive permission",
  },
  "person.relation_to_self": { fr: "Une personne ne peut pas être en relation avec elle-même", en: "A person cannot be related to themselves" },
  "person.in_use": { fr: "Cette personne est encore référencée ailleurs", en: "This person is still referred to elsewhere" },
  // The natures as the screens name them, for the persons' and companies' exports.
  "nature.suspect": { fr: "Suspect", en: "Suspect" },
  "nature.prospect": { fr: "Prospect", en: "Prospect" },
  "nature.member": { fr: "Adhérent", en: "Member" },
  "nature.client": { fr: "Client", en: "Client" },
});
