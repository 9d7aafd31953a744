import type { Executor } from "../../platform/db/database.js";
import type { AssignmentSource, Market, RecordAssignment } from "../../platform/records/assignment.js";
import { applyCompanyAssignments, companyAssignmentFactsOf, type CompanyAssignmentFacts } from "../companies/index.js";
import { applyPersonAssignments, personAssignmentFactsOf, type PersonAssignmentFacts } from "../persons/index.js";
import { marketOfCompany, marketOfPerson, type MarketSettings } from "./markets.js";

export const assignmentTargetKinds = ["person", "company"] as const;
export type AssignmentTargetKind = (typeof assignmentTargetKinds)[number];

export interface TargetFacts {
  market: Market | null;
  postalCode: string | null;
  current: { introducerId: string | null; advisorId: string | null; assignmentSource: AssignmentSource | null };
  stored: { market: Market | null; sectorId: string | null };
}

/**
 * What assignment needs of one kind of record, kept by the record's own module: read and written for
 * a batch at once. `Draft` is what the module tells of a record about to be created (its write hooks').
 */
export interface AssignmentTarget<Draft = unknown> {
  kind: AssignmentTargetKind;
  /** The fields of the record's view whose change re-evaluates its assignment: its address and what its market depends on. */
  reevaluatedBy: ReadonlySet<string>;
  /** The facts of each record by id; an id not in the base is left out. */
  facts(tx: Executor, tenantId: string, ids: readonly string[], settings: MarketSettings): Promise<Map<string, TargetFacts>>;
  /** The facts of records about to be created, from their drafts by id (read from nothing). */
  draftFacts(drafts: ReadonlyMap<string, Draft>, settings: MarketSettings): Map<string, TargetFacts>;
  apply(tx: Executor, tenantId: string, assignments: ReadonlyMap<string, RecordAssignment>): Promise<void>;
}

/** The facts of each stored row (its assignment columns and postal code), given the market its own rule derives. */
const factsOf = <R extends RecordAssignment & { postalCode: string | null }>(rows: ReadonlyMap<string, R>, marketOf: (row: R) => Market | null): Map<string, TargetFacts> =>
  new Map(
    [...rows].map(([id, row]) => [
      id,
      { market: marketOf(row), postalCode: row.postalCode, current: { introducerId: row.introducerId, advisorId: row.advisorId, assignmentSource: row.assignmentSource }, stored: { market: row.market, sectorId: row.sectorId } },
    ]),
  );

/** Stored persons and persons about to be created have their facts alike. */
const personFacts = (rows: ReadonlyMap<string, PersonAssignmentFacts>) => factsOf(rows, (row) => marketOfPerson(row.category));
const companyFacts = (rows: ReadonlyMap<string, CompanyAssignmentFacts>, settings: MarketSettings) => factsOf(rows, (row) => marketOfCompany(settings, row.headcountBand));

export const assignmentTargets: Readonly<{ person: AssignmentTarget<PersonAssignmentFacts>; company: AssignmentTarget<CompanyAssignmentFacts> }> = {
  person: {
    kind: "person",
    reevaluatedBy: new Set(["addresses", "category"]),
    async facts(tx, tenantId, ids) {
      return personFacts(await personAssignmentFactsOf(tx, tenantId, ids));
    },
    draftFacts: personFacts,
    apply: applyPersonAssignments,
  },
  company: {
    kind: "company",
    reevaluatedBy: new Set(["addresses", "headcountBand"]),
    async facts(tx, tenantId, ids, settings) {
      return companyFacts(await companyAssignmentFactsOf(tx, tenantId, ids), settings);
    },
    draftFacts: companyFacts,
    apply: applyCompanyAssignments,
  },
};
