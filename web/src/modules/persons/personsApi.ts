import { API_PREFIX, apiFetch } from "../../app/http";
import { exportUrl, type ExportFormat } from "../../ui/ExportButton";
import type { PersonRecord, RelationRecord, RelationType } from "./types";

/** The person's API path, under which its tabs are (`{path}/relations`, `{path}/attachments`). */
export const personPath = (personId: string | number) => `/persons/${encodeURIComponent(String(personId))}`;

export const listRelations = async (personId: string | number, signal?: AbortSignal): Promise<RelationRecord[]> =>
  (await apiFetch<{ items: RelationRecord[] }>(`${personPath(personId)}/relations`, { signal })).items;

/** The person is `type` of `relatedPersonId` (on Léa's record: Léa child_of Paul). */
export const addRelation = (personId: string | number, type: RelationType, relatedPersonId: string): Promise<RelationRecord> =>
  apiFetch<RelationRecord>(`${personPath(personId)}/relations`, { method: "POST", body: { type, personId: relatedPersonId } });

export const removeRelation = (personId: string | number, relationId: string): Promise<void> =>
  apiFetch<void>(`${personPath(personId)}/relations/${encodeURIComponent(relationId)}`, { method: "DELETE" });

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
export function personsExportUrl(format: ExportFormat, filter: Record<string, unknown>): string {
  return exportUrl(`${API_PREFIX}/persons`, format, filter, EXPORT_FILTERS);
}
