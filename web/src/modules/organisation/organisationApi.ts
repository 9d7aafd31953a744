import { apiFetch } from "../../app/http";
import type {
  AdvisorEntry,
  AssignmentChoice,
  AssignmentSettings,
  AssignmentSettingsRecord,
  AssignmentTarget,
  BulkPreview,
  BulkReassignment,
  MembershipEntry,
} from "./types";

const encode = (id: string | number) => encodeURIComponent(String(id));
const advisorsPath = (introducerId: string | number) => `/introducers/${encode(introducerId)}/advisors`;

/** Current advisors of an introducer. */
export const listAdvisors = async (introducerId: string | number, signal?: AbortSignal): Promise<AdvisorEntry[]> => {
  const payload = await apiFetch<{ items: AdvisorEntry[] } | AdvisorEntry[]>(advisorsPath(introducerId), { signal });
  return Array.isArray(payload) ? payload : payload.items;
};

/** Attaches a user to the introducer; a user attached elsewhere moves (the previous membership is closed). */
export const attachAdvisor = (introducerId: string | number, userId: string): Promise<unknown> =>
  apiFetch(advisorsPath(introducerId), { method: "POST", body: { userId } });

export const detachAdvisor = (introducerId: string | number, userId: string): Promise<void> =>
  apiFetch<void>(`${advisorsPath(introducerId)}/${encode(userId)}`, { method: "DELETE" });

/** A user's memberships, current and past. */
export const listMemberships = async (userId: string, signal?: AbortSignal): Promise<MembershipEntry[]> => {
  return (await apiFetch<{ items: MembershipEntry[] }>(`/users/${encode(userId)}/memberships`, { signal })).items;
};

export interface UserOption {
  id: string;
  displayName: string;
  email: string;
}

/** Users matching a search, to attach one as advisor. */
export const searchUsers = async (q: string, signal?: AbortSignal): Promise<UserOption[]> =>
  (await apiFetch<{ items: UserOption[] }>(`/users?${new URLSearchParams({ q, perPage: "20", active: "true" }).toString()}`, { signal })).items;

export const getAssignmentSettings = (signal?: AbortSignal) => apiFetch<AssignmentSettingsRecord>("/settings/assignment", { signal });
export const saveAssignmentSettings = (settings: AssignmentSettings) => apiFetch<AssignmentSettingsRecord>("/settings/assignment", { method: "PUT", body: settings });

const recordAssignmentPath = (target: AssignmentTarget, id: string | number) => `/${target === "person" ? "persons" : "companies"}/${encode(id)}/assignment`;

/** Manual assignment: wins over the rules until « Revenir aux règles ». */
export const assignRecord = (target: AssignmentTarget, id: string | number, choice: AssignmentChoice): Promise<unknown> =>
  apiFetch(recordAssignmentPath(target, id), { method: "PUT", body: choice });

/** Back to the rules: the server re-evaluates the record now. */
export const resetRecordAssignment = (target: AssignmentTarget, id: string | number): Promise<unknown> =>
  apiFetch(recordAssignmentPath(target, id), { method: "DELETE" });

export const previewBulkReassignment = (request: BulkReassignment) => apiFetch<BulkPreview>("/assignments/bulk/preview", { method: "POST", body: request });
export const applyBulkReassignment = (request: BulkReassignment) => apiFetch<{ jobId: string }>("/assignments/bulk", { method: "POST", body: request });
