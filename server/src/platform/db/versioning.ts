import { notFound, versionConflict } from "../http/problem.js";

/**
 * Optimistic locking: the client sends the version it read; an update based on an older version
 * is refused rather than silently overwriting someone else's change.
 */
export function checkVersion<T extends { version: number }>(current: T | undefined, expectedVersion: number): T {
  if (!current) throw notFound();
  if (current.version !== expectedVersion) throw versionConflict();
  return current;
}

/** The columns every versioned update sets besides the business fields. */
export function nextVersion(current: { version: number }, userId: string | null): { version: number; updatedAt: Date; updatedBy: string | null } {
  return { version: current.version + 1, updatedAt: new Date(), updatedBy: userId };
}
