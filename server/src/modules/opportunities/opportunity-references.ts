import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import type { Executor } from "../../platform/db/database.js";
import type { FieldError } from "../../platform/http/problem.js";
import { users } from "../access/index.js";
import { companies } from "../companies/index.js";
import { introducers } from "../organisation/index.js";
import { persons } from "../persons/index.js";
import { unknownReferenceCodes } from "../reference-data/index.js";
import type { Holder } from "./life-cycle.js";
import { opportunityForeignKeys } from "./schema.js";

/** Whom a record is assigned to: an opportunity's default introducer and advisor. */
export interface HolderAssignment {
  introducerId: string | null;
  advisorId: string | null;
}

/**
 * The port of the interactions module, registered at wiring time: which person or company an
 * interaction the caller may see is about (without it, no interaction id is accepted), and the
 * filing of an interaction under the opportunity it gave rise to.
 */
export interface InteractionLookup {
  find(tx: Executor, ctx: RequestContext, id: string): Promise<{ personId?: string | null | undefined; companyId?: string | null | undefined } | undefined>;
  link(tx: Executor, ctx: RequestContext, interactionId: string, opportunityId: string): Promise<void>;
}

/** The holder's assignment, if the holder is a record of the tenant within the reader's scope. */
export async function holderAssignment(tx: Executor, reader: ScopedReader, holder: Holder): Promise<HolderAssignment | undefined> {
  const table = holder.personId ? persons : companies;
  const id = holder.personId ?? holder.companyId ?? "";
  const [row] = await tx
    .select({ introducerId: table.introducerId, advisorId: table.advisorId })
    .from(table)
    .where(and(eq(table.tenantId, reader.tenantId), eq(table.id, id), withinScope(reader.dataScope, table)));
  return row;
}

export interface ReferencedFields {
  productFamily?: string | null | undefined;
  introducerId?: string | null | undefined;
  advisorId?: string | null | undefined;
  interactionId?: string | null | undefined;
}

/** Every reference of an opportunity that names nothing, each on its field (the origin is left to its foreign key). */
export async function referenceErrors(tx: Executor, ctx: RequestContext, fields: ReferencedFields, holder: Holder, interactions: InteractionLookup | undefined): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (fields.productFamily && (await unknownReferenceCodes(tx, ctx.tenantId, "product_families", [fields.productFamily])).length > 0) {
    errors.push({ path: "productFamily", code: "opportunity.unknown_product_family" });
  }
  if (fields.introducerId) {
    const [found] = await tx.select({ id: introducers.id }).from(introducers).where(and(eq(introducers.tenantId, ctx.tenantId), eq(introducers.id, fields.introducerId)));
    if (!found) errors.push({ path: "introducerId", code: "opportunity.unknown_introducer" });
  }
  if (fields.advisorId) {
    const [found] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, fields.advisorId)));
    if (!found) errors.push({ path: "advisorId", code: "opportunity.unknown_advisor" });
  }
  if (fields.interactionId) {
    const interaction = interactions ? await interactions.find(tx, ctx, fields.interactionId) : undefined;
    if (!interaction) errors.push({ path: "interactionId", code: "opportunity.unknown_interaction" });
    else if (!(holder.personId ? interaction.personId === holder.personId : interaction.companyId === holder.companyId)) {
      errors.push({ path: "interactionId", code: "opportunity.interaction_of_other_record" });
    }
  }
  return errors;
}

/** The opportunity field a violated foreign key stands for, if it is one of its references. */
export function fieldOfForeignKey(constraint: string | undefined): FieldError | undefined {
  if (constraint === opportunityForeignKeys.origin) return { path: "originId", code: "opportunity.unknown_origin" };
  if (constraint === opportunityForeignKeys.person) return { path: "personId", code: "opportunity.unknown_person" };
  if (constraint === opportunityForeignKeys.company) return { path: "companyId", code: "opportunity.unknown_company" };
  return undefined;
}
