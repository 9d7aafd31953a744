import { API_PREFIX, apiFetch } from "../../app/http";
import { currentLocale, i18nProvider } from "../../app/i18nProvider";
import { parseProblem, toHttpError } from "../../app/problem";
import { getCsrfToken } from "../../app/session";

/** GET {record}/attachments item; the bytes are at GET /files/{fileId}. */
export interface AttachmentRecord {
  id: string;
  fileId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  description: string | null;
  createdAt: string;
}

/** `recordPath` is the record's API path, e.g. `/persons/{id}`. */
export const listAttachments = async (recordPath: string, signal?: AbortSignal): Promise<AttachmentRecord[]> =>
  (await apiFetch<{ items: AttachmentRecord[] }>(`${recordPath}/attachments`, { signal })).items;

export const removeAttachment = (recordPath: string, attachmentId: string): Promise<void> =>
  apiFetch<void>(`${recordPath}/attachments/${encodeURIComponent(attachmentId)}`, { method: "DELETE" });

/** Sends one file as multipart, field "file" (apiFetch speaks JSON only), with the CSRF token of the cookie session. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append("file", file, file.name);
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

export const uploadAttachment = (recordPath: string, file: File): Promise<AttachmentRecord> => uploadFile<AttachmentRecord>(`${recordPath}/attachments`, file);

/** Where a stored file is downloaded (same origin: the session cookie goes with the link). */
export const fileUrl = (fileId: string): string => `${API_PREFIX}/files/${encodeURIComponent(fileId)}`;
