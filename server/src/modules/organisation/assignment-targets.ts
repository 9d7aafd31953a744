import type { Executor } from "../../platform/db/database.js";
import type { AssignmentSource, Market, RecordAssignment } from "../../platform/records/assignment.js";
import { applyCompanyAssignments, companyAssignmentFactsOf } from "../companies/index.js";
import { applyPersonAssignments, personAssignmentFactsOf } from "../persons/index.js";
import { marketOfCompany, marketOfPerson, type MarketSettings } from "./markets.js";

export const assignmentTargetKinds = ["person", "company"] as const;
export type AssignmentTargetKind = (typeof assignmentTargetKinds)[number];

export interface TargetFacts {
  market: Market | null;
  postalCode: string | null;
  current: { introducerId: string | null; advisorId: string | null; assignmentSource: AssignmentSource | null };
  stored: { market: Market | null; sectorId: string | null };
}

/** What assignment needs of one kind of record, kept by the record's own module: read and written for a batch at once. */
export interface AssignmentTarget {
  kind: AssignmentTargetKind;
  /** The fields of the record's view whose change re-evaluates its assignment: its address and what its market depends on. */
  reevaluatedBy: ReadonlySet<string>;
  /** The facts of each record by id; an id not in the base is left out. */
  facts(tx: Executor, tenantId: string, ids: readonly string[], settings: MarketSettings): Promise<Map<string, TargetFacts>>;
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

export const assignmentTargets: Readonly<Record<AssignmentTargetKind, AssignmentTarget>> = {
  person: {
    kind: "person",
    reevaluatedBy: new Set(["addresses", "category"]),
    async facts(tx, tenantId, ids) {
      return factsOf(await personAssignmentFactsOf(tx, tenantId, ids), (row) => marketOfPerson(row.category));
    },
    apply: applyPersonAssignments,
  },
  company: {
    kind: "company",
    reevaluatedBy: new Set(["addresses", "headcountBand"]),
    async facts(tx, tenantId, ids, settings) {
      return factsOf(await companyAssignmentFactsOf(tx, tenantId, ids), (row) => marketOfCompany(settings, row.headcountBand));
    },
    apply: applyCompanyAssignments,
  },
};
