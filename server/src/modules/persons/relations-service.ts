import { and, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { findPerson } from "./persons-service.js";
import { personPermissions } from "./permissions.js";
import { inverseRelation } from "./relation-types.js";
import { personRelations, persons, type RelationType } from "./schema.js";

export interface RelationView {
  id: string;
  /** As read from the person asked about: on the child's record, "child_of" the parent. */
  type: RelationType;
  personId: string;
  lastName: string;
  firstName: string | null;
}

const other = alias(persons, "other");

export class RelationsService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, personId: string): Promise<RelationView[]> {
    requirePermission(ctx, personPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      await requirePerson(tx, ctx, personId);
      const rows = await tx
        .select({ relation: personRelations, other })
        .from(personRelations)
        .innerJoin(other, and(eq(other.tenantId, personRelations.tenantId), or(and(eq(personRelations.personId, personId), eq(other.id, personRelations.relatedPersonId)), and(eq(personRelations.relatedPersonId, personId), eq(other.id, personRelations.personId)))))
        .where(and(eq(personRelations.tenantId, ctx.tenantId), or(eq(personRelations.personId, personId), eq(personRelations.relatedPersonId, personId))));
      return rows
        .map(({ relation, other: person }) => ({
          id: relation.id,
          type: relation.personId === personId ? relation.type : inverseRelation(relation.type),
          personId: person.id,
          lastName: person.lastName,
          firstName: person.firstName,
        }))
        .sort((a, b) => a.lastName.localeCompare(b.lastName, "fr"));
    });
  }

  /** `personId` is `type` of `relatedPersonId`: Léa child_of Paul. Stored once, whatever side it is entered from. */
  async add(ctx: RequestContext, personId: string, input: { type: RelationType; personId: string }): Promise<RelationView> {
    requirePermission(ctx, personPermissions.write);
    if (input.personId === personId) throw new Problem(400, "validation.failed", { errors: [{ path: "personId", code: "person.relation_to_self" }] });
    return withTenant(this.database, ctx, async (tx) => {
      await requirePerson(tx, ctx, personId);
      const related = await findPerson(tx, ctx, input.personId);
      if (!related) throw new Problem(400, "validation.failed", { errors: [{ path: "personId", code: "person.unknown_person" }] });
      const [row] = await tx.insert(personRelations).values({ tenantId: ctx.tenantId, personId, type: input.type, relatedPersonId: related.id, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "person_relation", entityId: row.id, before: null, after: { personId, type: row.type, relatedPersonId: related.id } });
      return { id: row.id, type: row.type, personId: related.id, lastName: related.lastName, firstName: related.firstName };
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "record.already_exists", { errors: [{ path: "personId", code: "record.already_exists" }] }) : error;
    });
  }

  async remove(ctx: RequestContext, personId: string, relationId: string): Promise<void> {
    requirePermission(ctx, personPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .delete(personRelations)
        .where(and(eq(personRelations.tenantId, ctx.tenantId), eq(personRelations.id, relationId), or(eq(personRelations.personId, personId), eq(personRelations.relatedPersonId, personId))))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "person_relation", entityId: row.id, before: { personId: row.personId, type: row.type, relatedPersonId: row.relatedPersonId }, after: null });
    });
  }
}

async function requirePerson(tx: Executor, reader: ScopedReader, personId: string): Promise<void> {
  if (!(await findPerson(tx, reader, personId))) throw notFound();
}

/**
 * Relates two persons in the caller's transaction (the contracts module, from the roles on a
 * contract), unless they are already related this way from either side: replaying a feed adds nothing.
 */
export async function relatePersonsIn(tx: Executor, ctx: RequestContext, personId: string, type: RelationType, relatedPersonId: string): Promise<void> {
  if (personId === relatedPersonId) return;
  const [existing] = await tx
    .select({ id: personRelations.id })
    .from(personRelations)
    .where(
      and(
        eq(personRelations.tenantId, ctx.tenantId),
        or(
          and(eq(personRelations.personId, personId), eq(personRelations.type, type), eq(personRelations.relatedPersonId, relatedPersonId)),
          and(eq(personRelations.personId, relatedPersonId), eq(personRelations.type, inverseRelation(type)), eq(personRelations.relatedPersonId, personId)),
        ),
      ),
    );
  if (existing) return;
  const [row] = await tx.insert(personRelations).values({ tenantId: ctx.tenantId, personId, type, relatedPersonId, createdBy: ctx.userId, updatedBy: ctx.userId }).onConflictDoNothing().returning();
  if (row) await recordAudit(tx, ctx, { entity: "person_relation", entityId: row.id, before: null, after: { personId, type, relatedPersonId } });
}
