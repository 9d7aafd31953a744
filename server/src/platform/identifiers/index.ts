export type { IdentifierCheck } from "./check-result.js";
export { hasValidLuhnKey } from "./luhn.js";
export { checkNir } from "./nir.js";
export { formatFrenchPhone, type PhoneCheck, type PhoneKind, parseFrenchPhone, phoneSearchKeys } from "./phone.js";
export { isIsoCountryCode } from "./country.js";
export { checkSiren, checkSiret, sirenOfSiret } from "./siren.js";
