/** The request/response shapes of a tariff version, checked field by field before anything is stored. */
import { z } from "zod";
import { ageMethods, beneficiaryRoles, contributionTypes, discountKinds, familyStructures, feeKinds, isDepartment, localRegimes, paidByContract, parsePercent, type ContributionGrid } from "./engine/index.js";
import { isoDay } from "../../platform/http/schemas.js";

const cents = z.number().int().min(0).max(100_000_000);
const percent = z.string().refine((text) => parsePercent(text) !== undefined, { params: { code: "pricing.invalid_percent" } });
/** Discounts and commissions take a share of a contribution, never more than all of it. */
const share = percent.refine((text) => (parsePercent(text) ?? 0) <= 1_000_000, { params: { code: "pricing.percent_above_100" } });
const codes = z.array(z.string().trim().min(1).max(60)).min(1).max(200);
/** A rule across fields, refused on the one to fix with the code its message is registered under (messages.ts). */
const broken = (code: string, path: PropertyKey[]) => ({ code: "custom" as const, path, message: code, params: { code } });

export const tariffRowSchema = z
  .object({
    roles: z.array(z.enum(beneficiaryRoles)).min(1).optional(),
    ageMin: z.number().int().min(0).max(130).optional(),
    ageMax: z.number().int().min(0).max(130).optional(),
    zones: codes.optional(),
    socialRegimes: codes.optional(),
    localRegimes: z.array(z.enum(localRegimes)).min(1).optional(),
    structures: z.array(z.enum(familyStructures)).min(1).optional(),
    amountCents: cents.optional(),
    pmssPercent: percent.optional(),
  })
  .refine((row) => row.ageMin === undefined || row.ageMax === undefined || row.ageMin <= row.ageMax, { path: ["ageMax"], params: { code: "pricing.age_band_reversed" } });

/** A row of a pmss_percentage grid carries a percentage of the PMSS and no amount; a row of the other types, the reverse. */
export const contributionGridSchema = z.object({ type: z.enum(contributionTypes), rows: z.array(tariffRowSchema).min(1).max(2000) }).superRefine((grid, context) => {
  const [wanted, unwanted] = grid.type === "pmss_percentage" ? (["pmssPercent", "amountCents"] as const) : (["amountCents", "pmssPercent"] as const);
  grid.rows.forEach((row, index) => {
    if (row[wanted] === undefined) context.addIssue(broken("validation.required", ["rows", index, wanted]));
    if (row[unwanted] !== undefined) context.addIssue(broken(grid.type === "pmss_percentage" ? "pricing.amount_in_pmss_grid" : "pricing.pmss_percent_in_amount_grid", ["rows", index, unwanted]));
  });
});

const feeSchema = z.object({ kind: z.enum(feeKinds), label: z.string().trim().min(1).max(200), amountCents: cents, per: z.enum(["contract", "beneficiary"]).optional() });

const discountSchema = z
  .object({
    kind: z.enum(discountKinds),
    label: z.string().trim().min(1).max(200),
    percent: share.optional(),
    amountCents: cents.optional(),
    roles: z.array(z.enum(beneficiaryRoles)).min(1).optional(),
    fromRank: z.number().int().min(1).max(20).optional(),
    channels: codes.optional(),
    validFrom: isoDay.optional(),
    validTo: isoDay.optional(),
  })
  .refine((rule) => rule.kind === "nth_child_free" || (rule.percent === undefined) !== (rule.amountCents === undefined), { path: ["percent"], params: { code: "pricing.percent_or_amount" } })
  .refine((rule) => rule.validFrom === undefined || rule.validTo === undefined || rule.validFrom <= rule.validTo, { path: ["validTo"], params: { code: "pricing.valid_to_before_from" } })
  // An amount is per contract: roles would be ignored, and a rule that says more than it does misleads.
  .refine((rule) => rule.roles === undefined || rule.percent !== undefined, { path: ["roles"], params: { code: "pricing.discount_roles_percent_only" } });

const commissionSchema = z
  .object({
    introducerId: z.uuid().optional(),
    introducerKind: z.string().trim().min(1).max(60).optional(),
    label: z.string().trim().min(1).max(200),
    percent: share.optional(),
    amountCents: cents.optional(),
  })
  .refine((rule) => (rule.percent === undefined) !== (rule.amountCents === undefined), { path: ["percent"], params: { code: "pricing.percent_or_amount" } });

const optionSchema = z.object({ code: z.string().trim().min(1).max(60), label: z.string().trim().min(1).max(200), grid: contributionGridSchema });

export const tariffGridInputSchema = z.object({ formulaId: z.uuid(), grid: contributionGridSchema, options: z.array(optionSchema).max(20).default([]) });

export const tariffSettingsSchema = z.object({
  effectiveFrom: isoDay,
  ageMethod: z.enum(ageMethods),
  responsibleContract: z.boolean(),
  zones: z
    .record(z.string(), z.string().trim().min(1).max(60))
    // Checked here rather than as the record's key schema, so that the refusal names the key (a zone table's row).
    .superRefine((zones, context) => {
      for (const department of Object.keys(zones)) if (!isDepartment(department)) context.addIssue(broken("pricing.not_a_department", [department]));
    })
    .default({}),
  defaultZone: z.string().trim().min(1).max(60).nullable().default(null),
  fees: z.array(feeSchema).max(20).default([]),
  discounts: z.array(discountSchema).max(20).default([]),
  commissions: z.array(commissionSchema).max(200).default([]),
});

const tariffFields = tariffSettingsSchema.extend({ grids: z.array(tariffGridInputSchema).min(1).max(100) });
type TariffFields = z.infer<typeof tariffFields>;

/** Every grid of a tariff, the formulas' and their optional modules', with its path in the tariff. */
export function everyGrid(tariff: Pick<TariffFields, "grids">): { path: string; grid: ContributionGrid }[] {
  return tariff.grids.flatMap((entry, index) => [
    { path: `grids.${index}.grid`, grid: entry.grid },
    ...entry.options.map((option, optionIndex) => ({ path: `grids.${index}.options.${optionIndex}.grid`, grid: option.grid })),
  ]);
}

/**
 * Rules across the parts of a tariff, each of which would otherwise be dropped at pricing time
 * without a word:
 * - a contribution the contract pays counts as the main insured's (engine/discounts.ts): a percentage
 *   targeted at other roles only could never reach it;
 * - a row's zone must be one the zone table (or the default zone) gives some department, or the row
 *   could never match.
 */
function checkAcrossParts(tariff: TariffFields, context: z.core.$RefinementCtx): void {
  const grids = everyGrid(tariff);
  if (grids.some(({ grid }) => paidByContract(grid.type))) {
    tariff.discounts.forEach((rule, index) => {
      if (rule.percent !== undefined && rule.roles && !rule.roles.includes("main_insured")) {
        context.addIssue(broken("pricing.discount_roles_contract", ["discounts", index, "roles"]));
      }
    });
  }
  const zones = new Set([...Object.values(tariff.zones), ...(tariff.defaultZone === null ? [] : [tariff.defaultZone])]);
  for (const { path, grid } of grids) {
    grid.rows.forEach((row, rowIndex) =>
      row.zones?.forEach((zone, index) => {
        if (!zones.has(zone)) context.addIssue(broken("pricing.zone_not_in_table", [...path.split("."), "rows", rowIndex, "zones", index]));
      }),
    );
  }
}

export const tariffInputSchema = tariffFields.superRefine(checkAcrossParts);
export type TariffInput = z.infer<typeof tariffInputSchema>;

export const tariffSchema = tariffFields.extend({
  id: z.uuid(),
  productId: z.uuid(),
  number: z.number().int().describe("Version number within the product: a new import or entry is a new version"),
  createdAt: z.string(),
});
export type TariffView = z.infer<typeof tariffSchema>;
