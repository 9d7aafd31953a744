import type { CompanyRelationType } from "./schema.js";

/** How a relation reads from the other company: "A subsidiary_of B" is "B parent_of A", "A supplier_of B" is "B client_of A". */
const inverses: Readonly<Record<CompanyRelationType, CompanyRelationType>> = {
  subsidiary_of: "parent_of",
  parent_of: "subsidiary_of",
  partner_of: "partner_of",
  supplier_of: "client_of",
  client_of: "supplier_of",
  other: "other",
};

export function inverseCompanyRelation(type: CompanyRelationType): CompanyRelationType {
  return inverses[type];
}
