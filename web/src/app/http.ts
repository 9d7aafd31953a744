import { HttpError } from "react-admin";
import { getCsrfToken } from "./session";
import { currentLocale, i18nProvider } from "./i18nProvider";
import { parseProblem, toHttpError } from "./problem";

export const API_PREFIX = "/api/v1";

export interface ApiRequest {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the Adhesia API: JSON in and out, UI locale in Accept-Language, CSRF token on writes.
 * Rejects with a react-admin HttpError whose body is the problem document (see problem.ts).
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const method = request.method ?? "GET";
  const headers = new Headers({ Accept: "application/json, application/problem+json", "Accept-Language": currentLocale() });
  if (request.body !== undefined) headers.set("Content-Type", "application/json");
  const csrfToken = getCsrfToken();
  if (method !== "GET" && csrfToken) headers.set("X-CSRF-Token", csrfToken);

  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new HttpError(i18nProvider.translate("adhesia.errors.unreachable"), 0, null);
  }

  if (response.status === 204) return undefined as T;
  const isJson = /json/i.test(response.headers.get("Content-Type") ?? "");
  const payload: unknown = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const fallback = i18nProvider.translate("adhesia.errors.http", { status: response.status });
    throw toHttpError(parseProblem(payload, response.status, fallback));
  }
  return payload as T;
}
