import { type NumberType, type PhoneNumber, parsePhoneNumberFromString } from "libphonenumber-js/max";

// The "max" metadata is the only bundle that holds the per-type number patterns: with the
// default ("min") bundle getType() is always undefined, so a French mobile cannot be told from
// a landline, and isValid() only checks lengths (0692… would pass as a metropolitan number).

export type PhoneKind = "mobile" | "landline" | "other";

export type PhoneCheck = { ok: true; e164: string; kind: PhoneKind } | { ok: false; reason: "format" | "not_mobile" | "not_landline" };

/**
 * Digits and the separators people type, with an optional leading "+". Anything else is refused
 * rather than handed to libphonenumber, which would pick a number out of free text ("tel: 06…",
 * "06… poste 12") and silently drop the rest.
 */
const phoneCharacters = /^\s*\+?[\d\s.\-/()]*$/;

/**
 * Overseas départements share the French national plan: a number typed as 0692 12 34 56 is a
 * Réunion mobile, +262 692 12 34 56, not +33 692…. Réunion, Guadeloupe, Martinique, Guyane: one
 * calling code is enough for each because libphonenumber validates against every region of the
 * code (Mayotte under +262; Saint-Martin and Saint-Barthélemy under +590).
 */
const overseasCallingCodes: readonly string[] = ["262", "590", "596", "594"];

/** Calling codes of the French national plan, where national form = 0 + the digits after the code. */
const frenchPlanCallingCodes: readonly string[] = ["33", "262", "590", "594", "596"];

/** Overseas ranges only win for geographic and mobile numbers: 08 and most 09 ranges are shared. */
const overseasOwnTypes: ReadonlySet<NumberType> = new Set<NumberType>(["FIXED_LINE", "MOBILE", "FIXED_LINE_OR_MOBILE"]);

/**
 * Reads a phone number as typed by a French user: national form (0…, resolved to the right
 * overseas calling code), international form (+…, 00…, "+33 (0)6…"), any of the usual separators.
 * `expected` refuses a number of the other kind; a number whose kind the numbering plan leaves
 * open (US/Canada, FIXED_LINE_OR_MOBILE) meets both expectations, since refusing it would make
 * those countries unusable in either field.
 */
export function parseFrenchPhone(input: string, expected?: "mobile" | "landline"): PhoneCheck {
  const parsed = parse(input);
  if (!parsed) return { ok: false, reason: "format" };
  const { number, type } = parsed;
  const kind = kindOf(type);
  const kindOpen = type === "FIXED_LINE_OR_MOBILE";
  if (expected === "mobile" && kind !== "mobile" && !kindOpen) return { ok: false, reason: "not_mobile" };
  if (expected === "landline" && kind !== "landline" && !kindOpen) return { ok: false, reason: "not_landline" };
  return { ok: true, e164: number.number, kind };
}

/**
 * How a stored E.164 number is shown: "06 12 34 56 78" for metropolitan numbers, the
 * international form ("+262 692 12 34 56", "+44 20 7946 0958") for every other one. A value
 * that is not a valid number is shown as it is rather than reshaped into something misleading.
 */
export function formatFrenchPhone(e164: string): string {
  const number = parsePhoneNumberFromString(e164);
  if (!number?.isValid()) return e164;
  return number.countryCallingCode === "33" ? number.formatNational() : number.formatInternational();
}

/** Fewer digits would match a large share of the base and are rarely meant as a phone number. */
const minimumSearchDigits = 4;
const maximumE164Digits = 15;

/**
 * Turns what a user typed in a search box into prefixes of stored E.164 numbers: a stored number
 * matches when it starts with one of the keys (SQL `phone LIKE key || '%'`).
 * - a complete, valid number gives its exact E.164 form;
 * - a partial national number ("0612 34") gives one key per calling code of the French plan
 *   ("+3361234", "+26261234", …), because a prefix alone cannot tell metropolitan from overseas
 *   and a stored number matches only if its national form really starts with what was typed;
 * - a partial international number ("+33 6 12", "0033 6 12", "+33 (0)6 12") gives "+33612";
 * - digits without a leading 0 or + (an end of number, a postcode), letters, or fewer than
 *   4 digits give no key: the caller's other searches cover them.
 */
export function phoneSearchKeys(input: string): string[] {
  // Tested before parsing, which is the costly part of classifying a search: libphonenumber would
  // also read nine digits as a national number without its 0 (a SIREN, "732 829 320", as +33 7…).
  if (!phoneCharacters.test(input) || !startsLikeANumber(input)) return [];
  const complete = parseFrenchPhone(input);
  if (complete.ok) return [complete.e164];
  const typed = input.replace(/\(0\)/g, "").replace(/[^\d+]/g, "");
  if (typed.replace("+", "").length < minimumSearchDigits) return [];
  if (typed.startsWith("+")) return internationalKey(typed.slice(1));
  if (typed.startsWith("00")) return internationalKey(typed.slice(2));
  if (typed.startsWith("0")) return frenchPlanCallingCodes.map((code) => `+${code}${typed.slice(1)}`).filter(fitsE164);
  return [];
}

/**
 * A valid number and its type. A national number is read once; each overseas calling code is then
 * tried on its digits in E.164 form, which parses in a third of the time of the typed text (the
 * most part of classifying a phone search). With the "max" metadata a number is valid exactly when
 * it has a type (libphonenumber's `isValid` is `getType() !== undefined` then), so only the type is
 * asked. Checked equal to reading the text once per region on 800,000 national numbers.
 */
function parse(input: string): { number: PhoneNumber; type: NumberType } | undefined {
  if (!phoneCharacters.test(input)) return undefined;
  const metropolitan = parsePhoneNumberFromString(input, "FR");
  if (!metropolitan) return undefined;
  if (isNationalForm(input)) {
    // The plan's regions share its national prefix: the digits read once serve every calling code.
    for (const code of overseasCallingCodes) {
      const number = parsePhoneNumberFromString(`+${code}${metropolitan.nationalNumber}`);
      const type = number?.getType();
      if (number && type && overseasOwnTypes.has(type)) return { number, type };
    }
  }
  const type = metropolitan.getType();
  return type ? { number: metropolitan, type } : undefined;
}

/** A number is typed from its start: a 0 (national, or 00 international) or a +. */
function startsLikeANumber(input: string): boolean {
  return /^[0+]/.test(input.replace(/[^\d+]/g, ""));
}

function isNationalForm(input: string): boolean {
  const digits = input.replace(/[^\d+]/g, "");
  return digits.startsWith("0") && !digits.startsWith("00");
}

/** 09 numbers (internet boxes) are home lines for our purpose: callable, but not by SMS. */
function kindOf(type: NumberType): PhoneKind {
  if (type === "MOBILE") return "mobile";
  if (type === "FIXED_LINE" || type === "VOIP") return "landline";
  return "other";
}

/** People write the trunk 0 after a French-plan code ("+33 06…"); E.164 never keeps it. */
function internationalKey(digits: string): string[] {
  const code = frenchPlanCallingCodes.find((candidate) => digits.startsWith(`${candidate}0`));
  const key = `+${code ? code + digits.slice(code.length + 1) : digits}`;
  return fitsE164(key) ? [key] : [];
}

function fitsE164(key: string): boolean {
  return key.length - 1 <= maximumE164Digits;
}
