import { and, eq, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAudit, recordAudits } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { insertManyReturning } from "../../platform/db/insert-many.js";
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
const alreadyExists = () => new Problem(409, "record.already_exists", { errors: [{ path: "personId", code: "record.already_exists" }] });

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
      // The same tie entered from the other side ("Paul parent_of Léa" after "Léa child_of Paul").
      const [inverse] = await tx
        .select({ id: personRelations.id })
        .from(personRelations)
        .where(and(eq(personRelations.tenantId, ctx.tenantId), eq(personRelations.personId, related.id), eq(personRelations.type, inverseRelation(input.type)), eq(personRelations.relatedPersonId, personId)));
      if (inverse) throw alreadyExists();
      const [row] = await tx.insert(personRelations).values({ tenantId: ctx.tenantId, personId, type: input.type, relatedPersonId: related.id, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "person_relation", entityId: row.id, before: null, after: { personId, type: row.type, relatedPersonId: related.id } });
      return { id: row.id, type: row.type, personId: related.id, lastName: related.lastName, firstName: related.firstName };
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyExists() : error;
    });
  }

  async remove(ctx: RequestContext, personId: string, relationId: string): Promise<void> {
    requirePermission(ctx, personPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      // A person out of the caller's data scope is absent, its relations with it.
      await requirePerson(tx, ctx, personId);
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

export interface PersonRelationInput {
  personId: string;
  type: RelationType;
  relatedPersonId: string;
}

/**
 * Relates persons in the caller's transaction (the contracts module, from the roles on contracts),
 * each pair unless already related this way from either side: replaying a feed adds nothing. One
 * read and one insert for all the relations of a feed's batch.
 */
export async function relatePersonsIn(tx: Executor, ctx: RequestContext, relations: readonly PersonRelationInput[]): Promise<void> {
  const wanted = relations.filter((relation) => relation.personId !== relation.relatedPersonId);
  if (wanted.length === 0) return;
  const ids = [...new Set(wanted.flatMap((relation) => [relation.personId, relation.relatedPersonId]))];
  const stored = await tx
    .select({ personId: personRelations.personId, type: personRelations.type, relatedPersonId: personRelations.relatedPersonId })
    .from(personRelations)
    .where(and(eq(personRelations.tenantId, ctx.tenantId), isAnyOf(personRelations.personId, ids)));
  const known = new Set<string>();
  const remember = (relation: PersonRelationInput) => {
    known.add(`${relation.personId}|${relation.type}|${relation.relatedPersonId}`);
    known.add(`${relation.relatedPersonId}|${inverseRelation(relation.type)}|${relation.personId}`);
  };
  stored.forEach(remember);
  const fresh: PersonRelationInput[] = [];
  for (const relation of wanted) {
    if (known.has(`${relation.personId}|${relation.type}|${relation.relatedPersonId}`)) continue;
    remember(relation);
    fresh.push(relation);
  }
  if (fresh.length === 0) return;
  const rows = await insertManyReturning(
    tx,
    personRelations,
    fresh.map((relation) => ({ ...relation, tenantId: ctx.tenantId, createdBy: ctx.userId, updatedBy: ctx.userId })),
    sql`on conflict do nothing`,
  );
  await recordAudits(tx, ctx, rows.map((row) => ({ entity: "person_relation", entityId: row.id, before: null, after: { personId: row.personId, type: row.type, relatedPersonId: row.relatedPersonId } })));
}
