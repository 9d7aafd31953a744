import { API_PREFIX } from "../../app/http";
import { currentLocale, i18nProvider } from "../../app/i18nProvider";
import { parseProblem, toHttpError } from "../../app/problem";
import { getCsrfToken } from "../../app/session";

/** Sends the import file as multipart (apiFetch speaks JSON only); answers the job to follow. */
export async function uploadOriginsImport(file: File): Promise<{ jobId: string }> {
  const body = new FormData();
  body.append("file", file, file.name);
  const headers = new Headers({ Accept: "application/json, application/problem+json", "Accept-Language": currentLocale() });
  const csrfToken = getCsrfToken();
  if (csrfToken) headers.set("X-CSRF-Token", csrfToken);
  const response = await fetch(`${API_PREFIX}/origins/import`, { method: "POST", headers, body, credentials: "same-origin" });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toHttpError(parseProblem(payload, response.status, i18nProvider.translate("adhesia.errors.http", { status: response.status })));
  return payload as { jobId: string };
}

/** The export URL for the list's current search, filters and sort. */
export function originsExportUrl(format: "csv" | "xlsx", filter: Record<string, unknown>, sort?: { field: string; order: string }): string {
  const query = new URLSearchParams({ format });
  for (const key of ["q", "kind", "active"]) {
    const value = filter[key];
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  if (sort?.field) query.set("sort", sort.order === "DESC" ? `-${sort.field}` : sort.field);
  return `${API_PREFIX}/origins/export?${query.toString()}`;
}
