import type { BeneficiaryInput, BeneficiaryRole } from "./types";

/** A person of the household as the quote form needs it. */
export interface HouseholdPerson {
  id: string;
  lastName: string;
  firstName: string | null;
  birthDate: string | null;
}

/** A relation as listed on the holder's record: `type` reads "the holder is `type` of this person", whose names it gives. */
export interface HouseholdRelation {
  type: string;
  personId: string;
  lastName: string;
  firstName: string | null;
}

/** One line of the beneficiaries of a quote being priced: a person of the household, or one typed in. */
export interface BeneficiaryDraft {
  key: string;
  role: BeneficiaryRole;
  /** null: typed in the form, not a record. */
  personId: string | null;
  lastName: string;
  firstName: string;
  birthDate: string;
  /** The birth date on the record; a different `birthDate` is sent as a correction. */
  recordBirthDate: string | null;
  included: boolean;
}

/** The holder is spouse or partner of their spouse, parent of their children: the household a health quote covers. */
const ROLE_OF_RELATION: Readonly<Record<string, BeneficiaryRole>> = { spouse_of: "spouse", partner_of: "spouse", parent_of: "child" };
const ROLE_ORDER: readonly BeneficiaryRole[] = ["main_insured", "spouse", "child", "dependent"];

const draftOf = (person: HouseholdPerson, role: BeneficiaryRole): BeneficiaryDraft => ({
  key: person.id,
  role,
  personId: person.id,
  lastName: person.lastName,
  firstName: person.firstName ?? "",
  birthDate: person.birthDate ?? "",
  recordBirthDate: person.birthDate,
  included: true,
});

/**
 * The household of a holder as beneficiaries: the holder as main insured, their spouse, their
 * children (eldest first); other relations are left out. Everyone is included at first. A relative
 * missing from `people` — another agency's record, which the reader may not open — is still of the
 * household (the server takes them by id): under the names the relation gives, the birth date to type.
 */
export function householdBeneficiaries(holder: HouseholdPerson, relations: readonly HouseholdRelation[], people: readonly HouseholdPerson[]): BeneficiaryDraft[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const seen = new Set([holder.id]);
  const members: BeneficiaryDraft[] = [];
  for (const relation of relations) {
    const role = ROLE_OF_RELATION[relation.type];
    const person = byId.get(relation.personId) ?? { id: relation.personId, lastName: relation.lastName, firstName: relation.firstName, birthDate: null };
    if (!role || seen.has(person.id)) continue;
    seen.add(person.id);
    members.push(draftOf(person, role));
  }
  members.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.birthDate || "9999").localeCompare(b.birthDate || "9999"));
  return [draftOf(holder, "main_insured"), ...members];
}

/** A line typed in the form (a newborn, a child not yet on file). */
export function typedBeneficiary(key: string, role: BeneficiaryRole = "child"): BeneficiaryDraft {
  return { key, role, personId: null, lastName: "", firstName: "", birthDate: "", recordBirthDate: null, included: true };
}

/** The included lines that cannot be priced yet: no birth date. */
export const missingBirthDates = (drafts: readonly BeneficiaryDraft[]): BeneficiaryDraft[] => drafts.filter((draft) => draft.included && !draft.birthDate);

/** What the pricing engine reads of the included lines, in their order. */
export const pricedProfile = (drafts: readonly BeneficiaryDraft[]): Array<{ role: BeneficiaryRole; birthDate: string }> =>
  drafts.filter((draft) => draft.included).map(({ role, birthDate }) => ({ role, birthDate }));

/** The beneficiaries of POST /quotes (kind priced): persons by id (with a corrected birth date only when changed), typed lines in full. */
export function beneficiaryInputs(drafts: readonly BeneficiaryDraft[]): BeneficiaryInput[] {
  return drafts
    .filter((draft) => draft.included)
    .map((draft) => {
      if (draft.personId) return { role: draft.role, personId: draft.personId, ...(draft.birthDate && draft.birthDate !== draft.recordBirthDate ? { birthDate: draft.birthDate } : {}) };
      const lastName = draft.lastName.trim();
      const firstName = draft.firstName.trim();
      return { role: draft.role, birthDate: draft.birthDate, ...(lastName ? { lastName } : {}), ...(firstName ? { firstName } : {}) };
    });
}
