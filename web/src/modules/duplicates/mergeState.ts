import type { MergeRecord } from "./types";

/** A merge may be undone while it is not undone yet and its 30 days have not passed (the server decides in the end). */
export function isUndoable(merge: Pick<MergeRecord, "undoneAt" | "undoableUntil">, now: number): boolean {
  return merge.undoneAt === null && Date.parse(merge.undoableUntil) > now;
}
