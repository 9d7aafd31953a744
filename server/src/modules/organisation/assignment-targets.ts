import type { Executor } from "../../platform/db/database.js";
import type { AssignmentSource, Market, RecordAssignment } from "../../platform/records/assignment.js";
import { applyCompanyAssignment, companyAssignmentFacts } from "../companies/index.js";
import { applyPersonAssignment, personAssignmentFacts } from "../persons/index.js";
import { marketOfCompany, marketOfPerson, type MarketSettings } from "./markets.js";

export const assignmentTargetKinds = ["person", "company"] as const;
export type AssignmentTargetKind = (typeof assignmentTargetKinds)[number];

export interface TargetFacts {
  market: Market | null;
  postalCode: string | null;
  current: { introducerId: string | null; advisorId: string | null; assignmentSource: AssignmentSource | null };
  stored: { market: Market | null; sectorId: string | null };
}

/** What assignment needs of one kind of record, kept by the record's own module. */
export interface AssignmentTarget {
  kind: AssignmentTargetKind;
  /** The fields of the record's view whose change re-evaluates its assignment: its address and what its market depends on. */
  reevaluatedBy: ReadonlySet<string>;
  facts(tx: Executor, tenantId: string, id: string, settings: MarketSettings): Promise<TargetFacts | undefined>;
  apply(tx: Executor, tenantId: string, id: string, assignment: RecordAssignment): Promise<void>;
}

const currentOf = (row: { introducerId: string | null; advisorId: string | null; assignmentSource: AssignmentSource | null }) => ({
  introducerId: row.introducerId,
  advisorId: row.advisorId,
  assignmentSource: row.assignmentSource,
});

export const assignmentTargets: Readonly<Record<AssignmentTargetKind, AssignmentTarget>> = {
  person: {
    kind: "person",
    reevaluatedBy: new Set(["addresses", "category"]),
    async facts(tx, tenantId, id) {
      const row = await personAssignmentFacts(tx, tenantId, id);
      return row && { market: marketOfPerson(row.category), postalCode: row.postalCode, current: currentOf(row), stored: { market: row.market, sectorId: row.sectorId } };
    },
    apply: applyPersonAssignment,
  },
  company: {
    kind: "company",
    reevaluatedBy: new Set(["addresses", "headcountBand"]),
    async facts(tx, tenantId, id, settings) {
      const row = await companyAssignmentFacts(tx, tenantId, id);
      return row && { market: marketOfCompany(settings, row.headcountBand), postalCode: row.postalCode, current: currentOf(row), stored: { market: row.market, sectorId: row.sectorId } };
    },
    apply: applyCompanyAssignment,
  },
};
