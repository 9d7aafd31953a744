import type { DuplicateTarget, FieldComparison } from "./types";

/** Fields a rule may compare (server/src/modules/duplicates/rules.ts: personMatchFields, companyMatchFields). */
export const MATCH_FIELDS: Readonly<Record<DuplicateTarget, readonly string[]>> = {
  person: ["lastName", "firstName", "birthDate", "email", "mobilePhone", "landlinePhone", "postalCode"],
  company: ["name", "siren", "siret", "postalCode", "email", "phone"],
};

/** A comparison as the form holds it: an emptied threshold input is null. */
type FormComparison = Omit<FieldComparison, "threshold"> & { threshold?: number | null };

/** The comparisons to send: a threshold only on a fuzzy comparison (the server refuses it elsewhere), never null. */
export function comparisonsOf(fields: readonly FormComparison[] | undefined): FieldComparison[] {
  return (fields ?? []).map(({ field, method, threshold }) => (method === "fuzzy" && typeof threshold === "number" ? { field, method, threshold } : { field, method }));
}
