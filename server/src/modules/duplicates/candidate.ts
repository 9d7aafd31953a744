/** A record an entry or a feed may duplicate, as the rules judged it. */
export interface DuplicateCandidate {
  id: string;
  displayName: string;
  score: number;
  /** Code of the rule that matched best. */
  rule: string;
  /** The fields that rule found equal or close. */
  fields: string[];
  /** The record is out of the caller's data scope: shown without its name, as a twin held by another agency. */
  outOfScope?: true;
}
