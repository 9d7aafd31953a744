import { problemOf } from "../../app/problem";
import type { DuplicateCandidate, DuplicateTarget } from "./types";

function isCandidate(value: unknown): value is DuplicateCandidate {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return typeof item.id === "string" && typeof item.displayName === "string" && typeof item.score === "number" && typeof item.rule === "string" && Array.isArray(item.fields);
}

/**
 * The candidates of a creation refused as a duplicate of a `target` record (`person.duplicate_suspected`),
 * or undefined for any other error — a company's new main contact refused as a duplicate person included.
 */
export function duplicateCandidatesOf(error: unknown, target: DuplicateTarget): DuplicateCandidate[] | undefined {
  const problem = problemOf(error);
  if (problem?.code !== `${target}.duplicate_suspected`) return undefined;
  const candidates = problem.extensions?.candidates;
  return Array.isArray(candidates) ? candidates.filter(isCandidate) : [];
}
