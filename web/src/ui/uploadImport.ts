import { API_PREFIX } from "../app/http";
import { currentLocale, i18nProvider } from "../app/i18nProvider";
import { parseProblem, toHttpError } from "../app/problem";
import { getCsrfToken } from "../app/session";

/**
 * Sends an import file as multipart to `POST {path}` (apiFetch speaks JSON only); answers the job to
 * follow, or what the route answers when it imports in the request (a tariff version).
 */
export async function uploadImport<T = { jobId: string }>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append("file", file, file.name);
  const headers = new Headers({ Accept: "application/json, application/problem+json", "Accept-Language": currentLocale() });
  const csrfToken = getCsrfToken();
  if (csrfToken) headers.set("X-CSRF-Token", csrfToken);
  const response = await fetch(`${API_PREFIX}${path}`, { method: "POST", headers, body, credentials: "same-origin" });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toHttpError(parseProblem(payload, response.status, i18nProvider.translate("adhesia.errors.http", { status: response.status })));
  return payload as T;
}
