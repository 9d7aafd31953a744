import { and, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/database.js";
import { withTenant, type TenantScope } from "../../platform/db/tenant-transaction.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { assignmentTargets, type AssignmentTargetKind } from "./assignment-targets.js";
import { evaluateAssignments } from "./record-assignment.js";

/**
 * Runs the rules over every record of a kind that nobody assigned by hand, as the write hook would
 * have at entry: for records loaded in bulk, past the services (demo seed). Returns how many it saw.
 */
export async function assignAllByRules(database: Database, scope: TenantScope, kind: AssignmentTargetKind): Promise<number> {
  const table = kind === "person" ? persons : companies;
  return withTenant(database, scope, async (tx) => {
    const rows = await tx.select({ id: table.id }).from(table).where(and(eq(table.tenantId, scope.tenantId)));
    await evaluateAssignments(tx, scope.tenantId, assignmentTargets[kind], rows.map((row) => row.id), "rules");
    return rows.length;
  });
}
