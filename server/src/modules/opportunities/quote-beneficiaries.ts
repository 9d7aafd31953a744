import { and, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import type { FieldError } from "../../platform/http/problem.js";
import { personRelations, persons } from "../persons/index.js";

/** A person of the tenant a beneficiary may name: what the quote reads from the record. */
export interface BeneficiaryPerson {
  id: string;
  lastName: string;
  firstName: string | null;
  birthDate: string | null;
  socialRegime: string | null;
  localRegime: boolean;
}

/** The holder and the persons related to them, either way round: whom a quote of the holder may cover. */
export async function householdOf(tx: Executor, tenantId: string, holderId: string): Promise<Set<string>> {
  const relations = await tx
    .select({ personId: personRelations.personId, relatedPersonId: personRelations.relatedPersonId })
    .from(personRelations)
    .where(and(eq(personRelations.tenantId, tenantId), or(eq(personRelations.personId, holderId), eq(personRelations.relatedPersonId, holderId))));
  return new Set([holderId, ...relations.flatMap((relation) => [relation.personId, relation.relatedPersonId])]);
}

/** The persons of the tenant among `ids`, by id. */
export async function beneficiaryPersons(tx: Executor, tenantId: string, ids: readonly string[]): Promise<Map<string, BeneficiaryPerson>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName, birthDate: persons.birthDate, socialRegime: persons.socialRegime, localRegime: persons.localRegime })
    .from(persons)
    .where(and(eq(persons.tenantId, tenantId), inArray(persons.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The beneficiaries naming a person who is not of the holder's household (for a company's
 * opportunity: no person of the tenant), each on its field: `quote.not_household`.
 */
export function beneficiaryErrors(beneficiaries: ReadonlyArray<{ personId?: string | null | undefined }>, known: ReadonlyMap<string, unknown>, household: ReadonlySet<string> | undefined): FieldError[] {
  return beneficiaries.flatMap((beneficiary, index) =>
    beneficiary.personId && (!known.has(beneficiary.personId) || (household && !household.has(beneficiary.personId))) ? [{ path: `beneficiaries.${index}.personId`, code: "quote.not_household" }] : [],
  );
}
