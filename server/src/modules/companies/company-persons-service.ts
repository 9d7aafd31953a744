import { and, asc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import { withinScope } from "../../platform/auth/data-scope.js";
import type { Database } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { personPermissions, persons } from "../persons/index.js";
import { findCompany } from "./companies-service.js";
import { companyPermissions } from "./permissions.js";
import { companyPersons, type CompanyPersonRole } from "./schema.js";

export interface CompanyPersonView {
  /** The link's id, for DELETE …/persons/{linkId}. */
  id: string;
  personId: string;
  role: CompanyPersonRole;
  lastName: string;
  firstName: string | null;
  email: string | null;
  mobilePhone: string | null;
  landlinePhone: string | null;
  /** Whether the person is the company's main contact. */
  mainContact: boolean;
}

/** The persons tab: the company's interlocutors (employees, officers, contacts…) with their contact data, shown only to who may read persons, and only those in their data scope. */
export class CompanyPersonsService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, companyId: string): Promise<CompanyPersonView[]> {
    requirePermission(ctx, companyPermissions.read);
    requirePermission(ctx, personPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const company = await findCompany(tx, ctx, companyId);
      if (!company) throw notFound();
      const rows = await tx
        .select({ link: companyPersons, person: persons })
        .from(companyPersons)
        .innerJoin(persons, and(eq(persons.tenantId, companyPersons.tenantId), eq(persons.id, companyPersons.personId)))
        // A person out of the caller's data scope reads as absent here too: no name nor contact data of another agency's record.
        .where(and(eq(companyPersons.tenantId, ctx.tenantId), eq(companyPersons.companyId, companyId), withinScope(ctx.dataScope, persons)))
        .orderBy(asc(persons.lastName), asc(persons.firstName), asc(companyPersons.role));
      return rows.map(({ link, person }) => ({
        id: link.id,
        personId: person.id,
        role: link.role,
        lastName: person.lastName,
        firstName: person.firstName,
        email: person.email,
        mobilePhone: person.mobilePhone,
        landlinePhone: person.landlinePhone,
        mainContact: company.mainContactId === person.id,
      }));
    });
  }

  async add(ctx: RequestContext, companyId: string, input: { personId: string; role: CompanyPersonRole }): Promise<CompanyPersonView> {
    requirePermission(ctx, companyPermissions.write);
    requirePermission(ctx, personPermissions.read);
    return withTenant(this.database, ctx, async (tx) => {
      const company = await findCompany(tx, ctx, companyId);
      if (!company) throw notFound();
      const [person] = await tx.select().from(persons).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, input.personId), withinScope(ctx.dataScope, persons)));
      if (!person) throw new Problem(400, "validation.failed", { errors: [{ path: "personId", code: "company.unknown_person" }] });
      const [row] = await tx.insert(companyPersons).values({ tenantId: ctx.tenantId, companyId, personId: person.id, role: input.role, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "company_person", entityId: row.id, before: null, after: { companyId, personId: person.id, role: row.role } });
      return {
        id: row.id,
        personId: person.id,
        role: row.role,
        lastName: person.lastName,
        firstName: person.firstName,
        email: person.email,
        mobilePhone: person.mobilePhone,
        landlinePhone: person.landlinePhone,
        mainContact: company.mainContactId === person.id,
      };
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "record.already_exists", { errors: [{ path: "personId", code: "record.already_exists" }] }) : error;
    });
  }

  async remove(ctx: RequestContext, companyId: string, linkId: string): Promise<void> {
    requirePermission(ctx, companyPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      // A company out of the caller's data scope is absent, its persons tab with it.
      if (!(await findCompany(tx, ctx, companyId))) throw notFound();
      const [row] = await tx
        .delete(companyPersons)
        .where(and(eq(companyPersons.tenantId, ctx.tenantId), eq(companyPersons.companyId, companyId), eq(companyPersons.id, linkId)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "company_person", entityId: row.id, before: { companyId, personId: row.personId, role: row.role }, after: null });
    });
  }
}
