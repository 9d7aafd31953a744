import type { DuplicateCandidate } from "./candidate.js";
import type { DuplicateTarget } from "./rules.js";

/**
 * What the candidates of a record an interface brings in (a contract's holder, a pushed quote's
 * person) mean: one strong match → that record; several, or only weak ones → a new record listed
 * for review beside them; none → a new record. One rule for every interface.
 */
export type MatchVerdict = { kind: "linked"; id: string } | { kind: "review" } | { kind: "new" };

/** The fields a match must cover to be strong: the identity, not a shared e-mail or phone. */
const identityFields: Readonly<Record<DuplicateTarget, readonly string[]>> = { person: ["lastName", "firstName", "birthDate"], company: ["siren"] };
/** Every identity field equal, or equal once normalised (accents, case, hyphens, particles). */
const STRONG_SCORE = 0.95;

export function isStrongMatch(target: DuplicateTarget, candidate: DuplicateCandidate): boolean {
  return candidate.score >= STRONG_SCORE && identityFields[target].every((field) => candidate.fields.includes(field));
}

export function matchVerdict(target: DuplicateTarget, candidates: readonly DuplicateCandidate[]): MatchVerdict {
  if (candidates.length === 0) return { kind: "new" };
  const [only] = candidates;
  return candidates.length === 1 && only && isStrongMatch(target, only) ? { kind: "linked", id: only.id } : { kind: "review" };
}
