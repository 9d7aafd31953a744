import { and, eq, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { findCompany } from "./companies-service.js";
import { companyPermissions } from "./permissions.js";
import { inverseCompanyRelation } from "./relation-types.js";
import { companies, companyRelations, type CompanyRelationType } from "./schema.js";

export interface CompanyRelationView {
  id: string;
  /** As read from the company asked about: on the subsidiary's record, "subsidiary_of" the parent. */
  type: CompanyRelationType;
  companyId: string;
  name: string;
  siren: string | null;
}

const other = alias(companies, "other");
const alreadyExists = () => new Problem(409, "record.already_exists", { errors: [{ path: "companyId", code: "record.already_exists" }] });

/** The relations tab: ties between companies of the tenant, entered from either side. */
export class CompanyRelationsService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, companyId: string): Promise<CompanyRelationView[]> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await findCompany(tx, ctx, companyId))) throw notFound();
      const rows = await tx
        .select({ relation: companyRelations, other })
        .from(companyRelations)
        .innerJoin(
          other,
          and(
            eq(other.tenantId, companyRelations.tenantId),
            or(and(eq(companyRelations.companyId, companyId), eq(other.id, companyRelations.relatedCompanyId)), and(eq(companyRelations.relatedCompanyId, companyId), eq(other.id, companyRelations.companyId))),
          ),
        )
        .where(and(eq(companyRelations.tenantId, ctx.tenantId), or(eq(companyRelations.companyId, companyId), eq(companyRelations.relatedCompanyId, companyId))));
      return rows
        .map(({ relation, other: company }) => ({
          id: relation.id,
          type: relation.companyId === companyId ? relation.type : inverseCompanyRelation(relation.type),
          companyId: company.id,
          name: company.name,
          siren: company.siren,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, "fr"));
    });
  }

  /** `companyId` is `type` of `input.companyId`: A subsidiary_of B. Stored once, whatever side it is entered from. */
  async add(ctx: RequestContext, companyId: string, input: { type: CompanyRelationType; companyId: string }): Promise<CompanyRelationView> {
    requirePermission(ctx, companyPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await findCompany(tx, ctx, companyId))) throw notFound();
      if (input.companyId === companyId) throw new Problem(400, "validation.failed", { errors: [{ path: "companyId", code: "company.relation_to_self" }] });
      const related = await findCompany(tx, ctx, input.companyId);
      if (!related) throw new Problem(400, "validation.failed", { errors: [{ path: "companyId", code: "company.unknown_company" }] });
      // The same tie entered from the other side ("B parent_of A" after "A subsidiary_of B").
      const [inverse] = await tx
        .select({ id: companyRelations.id })
        .from(companyRelations)
        .where(and(eq(companyRelations.tenantId, ctx.tenantId), eq(companyRelations.companyId, related.id), eq(companyRelations.type, inverseCompanyRelation(input.type)), eq(companyRelations.relatedCompanyId, companyId)));
      if (inverse) throw alreadyExists();
      const [row] = await tx.insert(companyRelations).values({ tenantId: ctx.tenantId, companyId, type: input.type, relatedCompanyId: related.id, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "company_relation", entityId: row.id, before: null, after: { companyId, type: row.type, relatedCompanyId: related.id } });
      return { id: row.id, type: row.type, companyId: related.id, name: related.name, siren: related.siren };
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyExists() : error;
    });
  }

  async remove(ctx: RequestContext, companyId: string, relationId: string): Promise<void> {
    requirePermission(ctx, companyPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      // A company out of the caller's data scope is absent, its relations with it.
      if (!(await findCompany(tx, ctx, companyId))) throw notFound();
      const [row] = await tx
        .delete(companyRelations)
        .where(and(eq(companyRelations.tenantId, ctx.tenantId), eq(companyRelations.id, relationId), or(eq(companyRelations.companyId, companyId), eq(companyRelations.relatedCompanyId, companyId))))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "company_relation", entityId: row.id, before: { companyId: row.companyId, type: row.type, relatedCompanyId: row.relatedCompanyId }, after: null });
    });
  }
}
