import type { DuplicateCandidate } from "./types";

/** How a candidate is named on screen: a record of another agency (out of the caller's data scope) comes without its name. */
export const candidateName = (candidate: DuplicateCandidate, translate: (key: string) => string): string =>
  candidate.outOfScope ? translate("adhesia.duplicates.out_of_scope") : candidate.displayName;
