import { API_PREFIX, apiFetch } from "../../app/http";
import { currentLocale, i18nProvider } from "../../app/i18nProvider";
import { parseProblem, toHttpError } from "../../app/problem";
import { getCsrfToken } from "../../app/session";
import type { AddressInput, AttachmentRecord, NormalisedAddress, PersonRecord, RelationRecord, RelationType } from "./types";

const personPath = (personId: string | number) => `/persons/${encodeURIComponent(String(personId))}`;

export const listRelations = async (personId: string | number, signal?: AbortSignal): Promise<RelationRecord[]> =>
  (await apiFetch<{ items: RelationRecord[] }>(`${personPath(personId)}/relations`, { signal })).items;

/** The person is `type` of `relatedPersonId` (on Léa's record: Léa child_of Paul). */
export const addRelation = (personId: string | number, type: RelationType, relatedPersonId: string): Promise<RelationRecord> =>
  apiFetch<RelationRecord>(`${personPath(personId)}/relations`, { method: "POST", body: { type, personId: relatedPersonId } });

export const removeRelation = (personId: string | number, relationId: string): Promise<void> =>
  apiFetch<void>(`${personPath(personId)}/relations/${encodeURIComponent(relationId)}`, { method: "DELETE" });

export const listAttachments = async (personId: string | number, signal?: AbortSignal): Promise<AttachmentRecord[]> =>
  (await apiFetch<{ items: AttachmentRecord[] }>(`${personPath(personId)}/attachments`, { signal })).items;

export const removeAttachment = (personId: string | number, attachmentId: string): Promise<void> =>
  apiFetch<void>(`${personPath(personId)}/attachments/${encodeURIComponent(attachmentId)}`, { method: "DELETE" });

/** Sends one file as multipart (apiFetch speaks JSON only), with the CSRF token of the cookie session. */
export async function uploadAttachment(personId: string | number, file: File): Promise<AttachmentRecord> {
  const body = new FormData();
  body.append("file", file, file.name);
  const headers = new Headers({ Accept: "application/json, application/problem+json", "Accept-Language": currentLocale() });
  const csrfToken = getCsrfToken();
  if (csrfToken) headers.set("X-CSRF-Token", csrfToken);
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${personPath(personId)}/attachments`, { method: "POST", headers, body, credentials: "same-origin" });
  } catch {
    throw toHttpError(parseProblem(null, 0, i18nProvider.translate("adhesia.errors.unreachable")));
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toHttpError(parseProblem(payload, response.status, i18nProvider.translate("adhesia.errors.http", { status: response.status })));
  return payload as AttachmentRecord;
}

/** Where a stored file is downloaded (same origin: the session cookie goes with the link). */
export const fileUrl = (fileId: string): string => `${API_PREFIX}/files/${encodeURIComponent(fileId)}`;

/** RNVP proposal for an address being typed (NF Z10-011 lines, status, localities when unknown). */
export const normaliseAddress = (address: Pick<AddressInput, "lines" | "postalCode" | "city" | "country">, signal?: AbortSignal): Promise<NormalisedAddress> =>
  apiFetch<NormalisedAddress>("/addresses/normalise", {
    method: "POST",
    body: { lines: address.lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) },
    signal,
  });

/** Search box query on persons (names, phones, e-mails, postal codes), best matches first. */
export const searchPersons = async (q: string, perPage: number, signal?: AbortSignal): Promise<PersonRecord[]> =>
  (await apiFetch<{ items: PersonRecord[] }>(`/persons?${new URLSearchParams({ q, perPage: String(perPage) }).toString()}`, { signal })).items;

/** Filters the export accepts; a value the server would refuse (partial postal code) is left out. */
const EXPORT_FILTERS: Readonly<Record<string, (value: string) => boolean>> = {
  q: (value) => value.trim().length > 0,
  nature: () => true,
  category: () => true,
  originId: () => true,
  marker: () => true,
  postalCode: (value) => /^\d{5}$/.test(value),
};

/** GET /persons/export with the list's current search and filters. */
export function personsExportUrl(format: "csv" | "xlsx", filter: Record<string, unknown>): string {
  const query = new URLSearchParams({ format });
  for (const [key, accepts] of Object.entries(EXPORT_FILTERS)) {
    const value = filter[key];
    if (value === undefined || value === null || value === "") continue;
    const text = String(value);
    if (accepts(text)) query.set(key, text);
  }
  return `${API_PREFIX}/persons/export?${query.toString()}`;
}
