import { API_PREFIX, apiFetch } from "../../app/http";
import { uploadFile } from "../../ui/attachments/attachmentsApi";
import { exportUrl, type ExportFormat } from "../../ui/ExportButton";
import type {
  CompanyPersonLink,
  CompanyPersonRole,
  CompanyRecord,
  CompanyRelationRecord,
  CompanyRelationType,
  DemographyRecord,
  HeadcountBand,
  IdccEntry,
  NafEntry,
  SiteInput,
  SiteRecord,
} from "./types";

/** The company's API path; its tabs are sub-resources (`{path}/relations`, `{path}/sites`…). */
export const companyPath = (companyId: string | number) => `/companies/${encodeURIComponent(String(companyId))}`;

const items = async <T>(path: string, signal?: AbortSignal): Promise<T[]> => (await apiFetch<{ items: T[] }>(path, { signal })).items;

/** Search box query on companies (name, SIREN/SIRET digits, phone, e-mail, postal code), best matches first. */
export const searchCompanies = (q: string, perPage: number, signal?: AbortSignal): Promise<CompanyRecord[]> =>
  items<CompanyRecord>(`/companies?${new URLSearchParams({ q, perPage: String(perPage) }).toString()}`, signal);

// Relations with other companies.
export const listCompanyRelations = (companyId: string | number, signal?: AbortSignal) => items<CompanyRelationRecord>(`${companyPath(companyId)}/relations`, signal);
/** The company is `type` of `relatedCompanyId` (on the subsidiary's record: subsidiary_of its parent). */
export const addCompanyRelation = (companyId: string | number, type: CompanyRelationType, relatedCompanyId: string) =>
  apiFetch<CompanyRelationRecord>(`${companyPath(companyId)}/relations`, { method: "POST", body: { type, companyId: relatedCompanyId } });
export const removeCompanyRelation = (companyId: string | number, relationId: string) =>
  apiFetch<void>(`${companyPath(companyId)}/relations/${encodeURIComponent(relationId)}`, { method: "DELETE" });

// Persons of the company.
export const listCompanyPersons = (companyId: string | number, signal?: AbortSignal) => items<CompanyPersonLink>(`${companyPath(companyId)}/persons`, signal);
export const addCompanyPerson = (companyId: string | number, personId: string, role: CompanyPersonRole) =>
  apiFetch<CompanyPersonLink>(`${companyPath(companyId)}/persons`, { method: "POST", body: { personId, role } });
export const removeCompanyPerson = (companyId: string | number, linkId: string) =>
  apiFetch<void>(`${companyPath(companyId)}/persons/${encodeURIComponent(linkId)}`, { method: "DELETE" });

// Sites and departments.
export const listSites = (companyId: string | number, signal?: AbortSignal) => items<SiteRecord>(`${companyPath(companyId)}/sites`, signal);
export const addSite = (companyId: string | number, site: SiteInput) => apiFetch<SiteRecord>(`${companyPath(companyId)}/sites`, { method: "POST", body: site });
/** PATCH with the version the dialog was opened on: a concurrent change answers 409. */
export const updateSite = (companyId: string | number, siteId: string, change: Partial<SiteInput> & { version: number }) =>
  apiFetch<SiteRecord>(`${companyPath(companyId)}/sites/${encodeURIComponent(siteId)}`, { method: "PATCH", body: change });
export const removeSite = (companyId: string | number, siteId: string) => apiFetch<void>(`${companyPath(companyId)}/sites/${encodeURIComponent(siteId)}`, { method: "DELETE" });

// Demography: the spreadsheets uploaded, newest first (an empty list when none was).
export const listDemographies = (companyId: string | number, signal?: AbortSignal) => items<DemographyRecord>(`${companyPath(companyId)}/demographies`, signal);
export const uploadDemography = (companyId: string | number, file: File) => uploadFile<DemographyRecord>(`${companyPath(companyId)}/demography`, file);

// French referentials (reference:read).
export const searchNaf = (q: string, level: 2 | 5 | undefined, signal?: AbortSignal) =>
  items<NafEntry>(`/referentials/naf?${new URLSearchParams({ q, limit: "20", ...(level ? { level: String(level) } : {}) }).toString()}`, signal);
export const searchIdcc = (q: string, signal?: AbortSignal) => items<IdccEntry>(`/referentials/idcc?${new URLSearchParams({ q, limit: "20" }).toString()}`, signal);
export const listHeadcountBands = (signal?: AbortSignal) => items<HeadcountBand>("/referentials/headcount-bands", signal);

/** Filters the export accepts; a value the server would refuse (partial postal code) is left out. */
const EXPORT_FILTERS: Readonly<Record<string, (value: string) => boolean>> = {
  q: (value) => value.trim().length > 0,
  nature: () => true,
  originId: () => true,
  marker: () => true,
  postalCode: (value) => /^\d{5}$/.test(value),
  nafCode: (value) => /^\d{2}(\.\d{2}[A-Za-z])?$/.test(value),
  headcountBand: (value) => /^(NN|\d{2})$/.test(value),
};

/** GET /companies/export with the list's current search and filters. */
export function companiesExportUrl(format: ExportFormat, filter: Record<string, unknown>): string {
  return exportUrl(`${API_PREFIX}/companies`, format, filter, EXPORT_FILTERS);
}
