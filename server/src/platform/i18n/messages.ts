import { frenchDateText, isIsoDate } from "./dates.js";
import type { Locale } from "./locale.js";

export interface LocalisedText {
  fr: string;
  en: string;
}

const catalogue = new Map<string, LocalisedText>();

/** Each module declares the texts of its own codes; the HTTP layer picks the language per request. */
export function registerMessages(messages: Record<string, LocalisedText>): void {
  for (const [code, text] of Object.entries(messages)) catalogue.set(code, text);
}

/** A parameter given as the text of another code, in the message's language: a state's label rather than its code. */
export interface TextOf {
  readonly textOf: string;
}
export const textOf = (code: string): TextOf => ({ textOf: code });
const isTextOf = (value: unknown): value is TextOf => typeof value === "object" && value !== null && typeof (value as Partial<TextOf>).textOf === "string";

/**
 * The text of a code in a locale, with `{name}` placeholders filled from `params`. A parameter that
 * is a technical term (`number`, `regex`: what the schema library reports) is given in the locale's
 * words when `term.<value>` is registered, so that a French message does not say « Type attendu : number »;
 * one given as `textOf(code)` is that code's text in the same locale; an ISO date is written the
 * French way (`JJ/MM/AAAA`) in French, and left ISO in English, where it reads unambiguously.
 */
export function translate(code: string, locale: Locale, params: Record<string, unknown> = {}): string {
  const text = catalogue.get(code);
  if (!text) return code;
  return text[locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in params)) return placeholder;
    const param = params[name];
    if (isTextOf(param)) return translate(param.textOf, locale);
    const value = String(param);
    if (locale === "fr" && isIsoDate(value)) return frenchDateText(value);
    return catalogue.get(`term.${value}`)?.[locale] ?? value;
  });
}

registerMessages({
  "term.string": { fr: "texte", en: "text" },
  "term.number": { fr: "nombre", en: "number" },
  "term.int": { fr: "nombre entier", en: "whole number" },
  "term.boolean": { fr: "vrai ou faux", en: "true or false" },
  "term.array": { fr: "liste", en: "list" },
  "term.object": { fr: "objet", en: "object" },
  "term.regex": { fr: "caractères non autorisés", en: "characters not allowed" },
  "term.email": { fr: "adresse e-mail", en: "e-mail address" },
  "term.uuid": { fr: "identifiant", en: "identifier" },
  "term.date": { fr: "date AAAA-MM-JJ", en: "date YYYY-MM-DD" },
  "term.datetime": { fr: "date et heure ISO 8601", en: "ISO 8601 date and time" },
  "term.url": { fr: "adresse web", en: "web address" },
  "validation.failed": { fr: "La requête contient des données invalides", en: "The request contains invalid data" },
  "validation.required": { fr: "Ce champ est obligatoire", en: "This field is required" },
  "validation.invalid_type": { fr: "Type attendu : {expected}", en: "Expected type: {expected}" },
  "validation.too_small": { fr: "La valeur est trop courte ou trop petite (minimum {minimum})", en: "The value is too short or too small (minimum {minimum})" },
  "validation.too_big": { fr: "La valeur est trop longue ou trop grande (maximum {maximum})", en: "The value is too long or too big (maximum {maximum})" },
  "validation.invalid_format": { fr: "Format invalide ({format})", en: "Invalid format ({format})" },
  "validation.invalid_value": { fr: "Valeur non autorisée", en: "Value not allowed" },
  "validation.unknown_sort": {
    fr: "Tri impossible sur ce champ ; champs possibles : {values}",
    en: "Cannot sort on this field; possible fields: {values}",
  },
  "validation.unrecognized_keys": { fr: "Champ inconnu : {keys}", en: "Unknown field: {keys}" },
  "validation.search_not_supported": { fr: "Cette liste ne permet pas de recherche libre (q)", en: "This list has no free-text search (q)" },
  "validation.invalid_character": { fr: "Caractère non autorisé (caractère nul)", en: "Character not allowed (NUL character)" },
  "validation.invalid": { fr: "Valeur invalide", en: "Invalid value" },
  "validation.invalid_day": { fr: "Date impossible : l'année 0000 n'existe pas", en: "Impossible date: there is no year 0000" },
  "request.malformed": { fr: "La requête est mal formée", en: "The request is malformed" },
  "request.too_large": { fr: "La requête est trop volumineuse", en: "The request is too large" },
  "request.unsupported_media_type": { fr: "Type de contenu non pris en charge", en: "Unsupported content type" },
  "route.not_found": { fr: "Ressource introuvable", en: "Resource not found" },
  "record.not_found": { fr: "Fiche introuvable", en: "Record not found" },
  "record.version_conflict": {
    fr: "Cette fiche a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte",
    en: "This record was changed by someone else since you opened it",
  },
  "record.already_exists": { fr: "Une fiche avec ce code existe déjà", en: "A record with this code already exists" },
  "auth.unauthenticated": { fr: "Authentification requise", en: "Authentication required" },
  "auth.forbidden": { fr: "Vous n'avez pas la permission {permission}", en: "You lack the permission {permission}" },
  "auth.session_required": { fr: "Réservé à un utilisateur connecté, pas à une clé d'API", en: "For a signed-in user only, not for an API key" },
  "auth.api_key_required": { fr: "Réservé aux systèmes : utilisez une clé d'API", en: "For systems only: use an API key" },
  "auth.csrf_invalid": { fr: "Jeton CSRF absent ou invalide", en: "Missing or invalid CSRF token" },
  "idempotency.key_reused": {
    fr: "Cette clé d'idempotence a déjà servi pour une autre requête",
    en: "This idempotency key was already used for another request",
  },
  "internal.error": { fr: "Erreur interne du serveur", en: "Internal server error" },
  "rate_limit.exceeded": { fr: "Trop de requêtes, réessayez plus tard", en: "Too many requests, try again later" },
});
