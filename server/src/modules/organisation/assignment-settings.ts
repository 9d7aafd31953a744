import { eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion } from "../../platform/db/versioning.js";
import { invalidFields, type FieldError } from "../../platform/http/problem.js";
import { headcountBands } from "../reference-data/index.js";
import type { AssignmentMode } from "./assignment-engine.js";
import type { MarketSettings } from "./markets.js";
import { organisationPermissions } from "./permissions.js";
import { assignmentSettings } from "./schema.js";

export type AssignmentSettings = AssignmentMode & MarketSettings;
export type AssignmentSettingsView = AssignmentSettings & { version: number };
/** A write of the settings: mode and level, the market thresholds to change if any, the version read if given. */
export type AssignmentSettingsChange = AssignmentMode & Partial<MarketSettings> & { version?: number | undefined };

/** Until a tenant saves its own: assignment by hand, every company in MDE. */
export const defaultAssignmentSettings: AssignmentSettings = { mode: "manual", level: "introducer", companiesInMdpro: false, mdproMaxHeadcountBand: null, mdeFromHeadcountBand: null };

export async function loadAssignmentSettings(tx: Executor, tenantId: string): Promise<AssignmentSettingsView> {
  const [row] = await tx.select().from(assignmentSettings).where(eq(assignmentSettings.tenantId, tenantId));
  if (!row) return { ...defaultAssignmentSettings, version: 0 };
  return { mode: row.mode, level: row.level, companiesInMdpro: row.companiesInMdpro, mdproMaxHeadcountBand: row.mdproMaxHeadcountBand, mdeFromHeadcountBand: row.mdeFromHeadcountBand, version: row.version };
}

function bandErrors(settings: AssignmentSettings): FieldError[] {
  return (["mdproMaxHeadcountBand", "mdeFromHeadcountBand"] as const).flatMap((field) => {
    const value = settings[field];
    return value === null || headcountBands.some((band) => band.code === value) ? [] : [{ path: field, code: "assignment.unknown_headcount_band", params: { value } }];
  });
}

/** The tenant's assignment mode and level and its market thresholds (docs/domain/assignment.md). */
export class AssignmentSettingsService {
  constructor(private readonly database: Database) {}

  async get(ctx: RequestContext): Promise<AssignmentSettingsView> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, (tx) => loadAssignmentSettings(tx, ctx.tenantId));
  }

  /**
   * Applies to records as they are next saved; existing records keep their assignment until then.
   * The market thresholds left out keep their value; a `version` other than the stored one is a
   * conflict (409), as for records.
   */
  async put(ctx: RequestContext, change: AssignmentSettingsChange): Promise<AssignmentSettingsView> {
    requirePermission(ctx, organisationPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const before = await loadAssignmentSettings(tx, ctx.tenantId);
      if (change.version !== undefined) checkVersion(before, change.version);
      const settings: AssignmentSettings = {
        mode: change.mode,
        level: change.level,
        companiesInMdpro: change.companiesInMdpro ?? before.companiesInMdpro,
        mdproMaxHeadcountBand: change.mdproMaxHeadcountBand === undefined ? before.mdproMaxHeadcountBand : change.mdproMaxHeadcountBand,
        mdeFromHeadcountBand: change.mdeFromHeadcountBand === undefined ? before.mdeFromHeadcountBand : change.mdeFromHeadcountBand,
      };
      const errors = bandErrors(settings);
      if (errors.length > 0) throw invalidFields(errors);
      const values = { ...settings, updatedAt: new Date(), updatedBy: ctx.userId };
      await tx
        .insert(assignmentSettings)
        .values({ tenantId: ctx.tenantId, ...values })
        .onConflictDoUpdate({ target: assignmentSettings.tenantId, set: { ...values, version: before.version + 1 } });
      const after = await loadAssignmentSettings(tx, ctx.tenantId);
      await recordAudit(tx, ctx, { entity: "assignment_settings", entityId: ctx.tenantId, before: { ...before }, after: { ...after } });
      return after;
    });
  }
}
