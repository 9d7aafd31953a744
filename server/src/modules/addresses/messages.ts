import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "address.invalid_postal_code": { fr: "Code postal français invalide (5 chiffres)", en: "Invalid French postal code (5 digits)" },
});
