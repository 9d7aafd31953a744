import { problemOf } from "../../app/problem";
import type { DuplicateCandidate } from "./types";

function isCandidate(value: unknown): value is DuplicateCandidate {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return typeof item.id === "string" && typeof item.displayName === "string" && typeof item.score === "number" && typeof item.rule === "string" && Array.isArray(item.fields);
}

/** The candidates of a refused creation (`person.duplicate_suspected`, `company.duplicate_suspected`), or undefined for any other error. */
export function duplicateCandidatesOf(error: unknown): DuplicateCandidate[] | undefined {
  const problem = problemOf(error);
  if (!problem?.code?.endsWith(".duplicate_suspected")) return undefined;
  const candidates = problem.extensions?.candidates;
  return Array.isArray(candidates) ? candidates.filter(isCandidate) : [];
}
