import type { RelationType } from "./schema.js";

/** How a relation reads from the other record: "A spouse_of B" is "B spouse_of A", "A child_of B" is "B parent_of A". */
const inverses: Readonly<Record<RelationType, RelationType>> = {
  spouse_of: "spouse_of",
  partner_of: "partner_of",
  sibling_of: "sibling_of",
  child_of: "parent_of",
  parent_of: "child_of",
  grandchild_of: "grandparent_of",
  grandparent_of: "grandchild_of",
  guardian_of: "ward_of",
  ward_of: "guardian_of",
  other: "other",
};

export function inverseRelation(type: RelationType): RelationType {
  return inverses[type];
}
