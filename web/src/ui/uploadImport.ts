import { API_PREFIX } from "../app/http";
import { currentLocale, i18nProvider } from "../app/i18nProvider";
import { parseProblem, toHttpError } from "../app/problem";
import { getCsrfToken } from "../app/session";

/**
 * Sends an import file as multipart to `POST {path}` (apiFetch speaks JSON only); answers the job to
 * follow, or what the route answers when it imports in the request (a tariff version).
 */
export const uploadImport = <T = { jobId: string }>(path: string, file: File): Promise<T> => uploadFiles<T>(path, { file });

/**
 * Sends files in one multipart request, each in its named field (the contract intake's three files),
 * after the text `fields` (an attachment's description: the server reads the fields sent before a
 * file), with the CSRF token of the cookie session.
 */
export async function uploadFiles<T>(path: string, files: Readonly<Record<string, File>>, fields: Readonly<Record<string, string>> = {}): Promise<T> {
  const body = new FormData();
  for (const [field, value] of Object.entries(fields)) body.append(field, value);
  for (const [field, file] of Object.entries(files)) body.append(field, file, file.name);
  const headers = new Headers({ Accept: "application/json, application/problem+json", "Accept-Language": currentLocale() });
  const csrfToken = getCsrfToken();
  if (csrfToken) headers.set("X-CSRF-Token", csrfToken);
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, { method: "POST", headers, body, credentials: "same-origin" });
  } catch {
    throw toHttpError(parseProblem(null, 0, i18nProvider.translate("adhesia.errors.unreachable")));
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toHttpError(parseProblem(payload, response.status, i18nProvider.translate("adhesia.errors.http", { status: response.status })));
  return payload as T;
}
