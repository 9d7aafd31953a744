import { and, asc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { violatedForeignKey } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { invalidFields, notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { personsOutOfSight, storedAddress, type PostalAddressInput } from "../persons/index.js";
import { findCompany } from "./companies-service.js";
import { checkPhone, checkSiteSiret } from "./company-input.js";
import { companyPermissions } from "./permissions.js";
import { companyForeignKeys, companySites } from "./schema.js";

export interface SiteInput {
  name: string;
  siret?: string | null | undefined;
  address: PostalAddressInput;
  phone?: string | null | undefined;
  contactPersonId?: string | null | undefined;
}
export type SiteChange = Partial<SiteInput> & { version: number };

type SiteRow = typeof companySites.$inferSelect;

export interface SiteView {
  id: string;
  name: string;
  siret: string | null;
  address: { lines: string[]; postalCode: string; city: string; country: string; normalisedLines: string[]; normalisationStatus: SiteRow["normalisationStatus"] };
  phone: string | null;
  contactPersonId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

function toSiteView(row: SiteRow): SiteView {
  return {
    id: row.id,
    name: row.name,
    siret: row.siret,
    address: { lines: row.lines, postalCode: row.postalCode, city: row.city, country: row.country, normalisedLines: row.normalisedLines, normalisationStatus: row.normalisationStatus },
    phone: row.phone,
    contactPersonId: row.contactPersonId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The sites and departments tab ("Sites/Services"): each with its RNVP address, phone and contact person. */
export class CompanySitesService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, companyId: string): Promise<SiteView[]> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await findCompany(tx, ctx, companyId))) throw notFound();
      const rows = await tx.select().from(companySites).where(and(eq(companySites.tenantId, ctx.tenantId), eq(companySites.companyId, companyId))).orderBy(asc(companySites.name), asc(companySites.id));
      return rows.map(toSiteView);
    });
  }

  async add(ctx: RequestContext, companyId: string, input: SiteInput): Promise<SiteView> {
    requirePermission(ctx, companyPermissions.write);
    return this.write(ctx, async (tx) => {
      const company = await findCompany(tx, ctx, companyId);
      if (!company) throw notFound();
      const { address, ...fields } = checkedSite(input, company.siren);
      await refuseContactOutOfSight(tx, ctx, fields, undefined);
      const [row] = await tx
        .insert(companySites)
        .values({ ...fields, name: input.name, ...storedAddress(address), tenantId: ctx.tenantId, companyId, createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      const view = toSiteView(row);
      await recordAudit(tx, ctx, { entity: "company_site", entityId: row.id, before: null, after: { companyId, ...view } });
      return view;
    });
  }

  async update(ctx: RequestContext, companyId: string, siteId: string, change: SiteChange): Promise<SiteView> {
    requirePermission(ctx, companyPermissions.write);
    return this.write(ctx, async (tx) => {
      const company = await findCompany(tx, ctx, companyId);
      if (!company) throw notFound();
      const [current] = await tx
        .select()
        .from(companySites)
        .where(and(eq(companySites.tenantId, ctx.tenantId), eq(companySites.companyId, companyId), eq(companySites.id, siteId)))
        .for("update");
      const existing = checkVersion(current, change.version);
      const { version: _version, address, ...fields } = checkedSite(change, company.siren);
      await refuseContactOutOfSight(tx, ctx, fields, existing);
      if (!changesStored(existing, { ...fields, ...(address ? storedAddress(address) : {}) })) return toSiteView(existing);
      const [row] = await tx
        .update(companySites)
        .set({ ...fields, ...(address ? storedAddress(address) : {}), ...nextVersion(existing, ctx.userId) })
        .where(and(eq(companySites.tenantId, ctx.tenantId), eq(companySites.id, siteId)))
        .returning();
      if (!row) throw notFound();
      const view = toSiteView(row);
      await recordAudit(tx, ctx, { entity: "company_site", entityId: siteId, before: { companyId, ...toSiteView(existing) }, after: { companyId, ...view } });
      return view;
    });
  }

  async remove(ctx: RequestContext, companyId: string, siteId: string): Promise<void> {
    requirePermission(ctx, companyPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      // A company out of the caller's data scope is absent, its sites with it.
      if (!(await findCompany(tx, ctx, companyId))) throw notFound();
      const [row] = await tx.delete(companySites).where(and(eq(companySites.tenantId, ctx.tenantId), eq(companySites.companyId, companyId), eq(companySites.id, siteId))).returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "company_site", entityId: row.id, before: { companyId, ...toSiteView(row) }, after: null });
    });
  }

  private async write<T>(ctx: RequestContext, work: (tx: Executor) => Promise<T>): Promise<T> {
    return withTenant(this.database, ctx, work).catch((error: unknown) => {
      const unknownContact = violatedForeignKey(error) === companyForeignKeys.siteContact;
      throw unknownContact ? new Problem(400, "validation.failed", { errors: [{ path: "contactPersonId", code: "company.unknown_person" }] }) : error;
    });
  }
}

/** A site's phone in E.164 and its SIRET checked against the company's SIREN; refused field by field. */
function checkedSite<T extends Partial<SiteInput>>(input: T, companySiren: string | null): T {
  const errors: FieldError[] = [];
  const values: T = { ...input };
  const siret = checkSiteSiret(input.siret, companySiren);
  if (siret.error) errors.push(siret.error);
  else if (siret.value !== undefined) values.siret = siret.value;
  const phone = checkPhone(input.phone);
  if (phone.error) errors.push(phone.error);
  else if (phone.value !== undefined) values.phone = phone.value;
  if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
  return values;
}

/** A contact newly named must be a person the caller sees: out of their data scope is absent, as elsewhere. */
async function refuseContactOutOfSight(tx: Executor, ctx: RequestContext, sent: { contactPersonId?: string | null | undefined }, stored: { contactPersonId: string | null } | undefined): Promise<void> {
  const errors = await personsOutOfSight(tx, ctx, ["contactPersonId"], sent, stored, "company.unknown_person");
  if (errors.length > 0) throw invalidFields(errors);
}
