import { API_PREFIX, apiFetch } from "../../app/http";
import { uploadFiles } from "../uploadImport";

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

/** Sends one file as multipart, field "file" (apiFetch speaks JSON only). */
export const uploadFile = <T>(path: string, file: File): Promise<T> => uploadFiles<T>(path, { file });

/** An attachment, with its description when one was typed. */
export const uploadAttachment = (recordPath: string, file: File, description: string): Promise<AttachmentRecord> =>
  uploadFiles<AttachmentRecord>(`${recordPath}/attachments`, { file }, description.trim() ? { description: description.trim() } : {});

/** Where a stored file is downloaded (same origin: the session cookie goes with the link). */
export const fileUrl = (fileId: string): string => `${API_PREFIX}/files/${encodeURIComponent(fileId)}`;
