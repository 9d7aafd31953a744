import { apiFetch } from "../../app/http";
import type { CompletionInput, InteractionInput, InteractionLinks, InteractionRecord, Reminders } from "./types";

/** Sent after each write, so that the reminders badge and open lists read again at once. */
export const INTERACTIONS_CHANGED = "adhesia:interactions-changed";
const changed = <T>(result: T): T => {
  window.dispatchEvent(new Event(INTERACTIONS_CHANGED));
  return result;
};

const query = (values: Record<string, string | undefined>): string =>
  new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();

/** A record's or an opportunity's interactions, planned and done, newest first. */
export const listInteractions = async (links: InteractionLinks, signal?: AbortSignal): Promise<InteractionRecord[]> =>
  (await apiFetch<{ items: InteractionRecord[] }>(`/interactions?${query({ ...links, sort: "-plannedAt", perPage: "200" })}`, { signal })).items;

export const createInteraction = async (input: InteractionInput): Promise<InteractionRecord> => changed(await apiFetch<InteractionRecord>("/interactions", { method: "POST", body: input }));

export const completeInteraction = async (id: string, completion: CompletionInput): Promise<InteractionRecord> =>
  changed(await apiFetch<InteractionRecord>(`/interactions/${encodeURIComponent(id)}/complete`, { method: "POST", body: completion }));

/** The caller's interactions planned in a window. */
export const agendaOf = async (from: Date, to: Date, signal?: AbortSignal): Promise<InteractionRecord[]> =>
  (await apiFetch<{ items: InteractionRecord[] }>(`/interactions/agenda?${query({ advisorId: "me", from: from.toISOString(), to: to.toISOString() })}`, { signal })).items;

export const remindersOf = (signal?: AbortSignal): Promise<Reminders> => apiFetch<Reminders>("/interactions/reminders", { signal });
