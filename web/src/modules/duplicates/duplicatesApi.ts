import { apiFetch } from "../../app/http";
import { RECORD_RESOURCES, type BulkDecisionResult, type CandidateAction, type DuplicateCandidate, type DuplicateTarget, type FieldChoice, type MergeRecord } from "./types";

const recordPath = (target: DuplicateTarget, id: string) => `/${RECORD_RESOURCES[target]}/${encodeURIComponent(id)}`;

/** POST /duplicates/check: the candidates of a draft, nothing written. */
export const checkDraft = async (target: DuplicateTarget, record: Record<string, unknown>, signal?: AbortSignal): Promise<DuplicateCandidate[]> =>
  (await apiFetch<{ candidates: DuplicateCandidate[] }>("/duplicates/check", { method: "POST", body: { target, record }, signal })).candidates;

/** Merges `sourceId` into `targetId`; fields absent from `fieldChoices` keep the target's value. */
export const mergeRecords = (target: DuplicateTarget, targetId: string, sourceId: string, fieldChoices: Record<string, FieldChoice>): Promise<MergeRecord> =>
  apiFetch<MergeRecord>(`${recordPath(target, targetId)}/merge`, { method: "POST", body: { sourceId, fieldChoices } });

export const listMerges = async (target: DuplicateTarget, id: string, signal?: AbortSignal): Promise<MergeRecord[]> =>
  (await apiFetch<{ items: MergeRecord[] }>(`${recordPath(target, id)}/merges`, { signal })).items;

export const undoMerge = (mergeId: string): Promise<MergeRecord> => apiFetch<MergeRecord>(`/merges/${encodeURIComponent(mergeId)}/undo`, { method: "POST" });

/** PATCH of an existing record with the values taken from a draft (entry merge). */
export const patchRecord = (target: DuplicateTarget, id: string, changes: Record<string, unknown>): Promise<Record<string, unknown>> =>
  apiFetch<Record<string, unknown>>(recordPath(target, id), { method: "PATCH", body: changes });

export const getRecord = (target: DuplicateTarget, id: string, signal?: AbortSignal): Promise<Record<string, unknown>> =>
  apiFetch<Record<string, unknown>>(recordPath(target, id), { signal });

export const decideCandidates = (ids: string[], action: CandidateAction): Promise<BulkDecisionResult> =>
  apiFetch<BulkDecisionResult>("/duplicate-candidates/decisions", { method: "POST", body: { ids, action } });

export const startScan = (targets?: DuplicateTarget[]): Promise<{ jobId: string }> =>
  apiFetch<{ jobId: string }>("/duplicates/scans", { method: "POST", body: targets ? { targets } : {} });

