/**
 * The dated legal parameters every tenant starts with, installed as rows of `pricing_parameters`
 * (the engine reads them as data: a new PMSS or TSA rate is a new row, not a code change).
 * Sources: docs/domain/pricing.md (PMSS: arrêté of 22 December 2025; TSA: art. L862-4 CSS, URSSAF).
 */
import { eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import type { PricingParameters } from "./engine/index.js";
import { pricingParameters } from "./schema.js";

export const legalParameters: PricingParameters = {
  pmssCents: [
    { from: "2025-01-01", value: 392_500 },
    { from: "2026-01-01", value: 400_500 },
  ],
  tsaRates: [{ from: "2016-01-01", value: { responsible: "13.27", standard: "20.27" } }],
};

/** Adds the parameters a tenant lacks; rows it has (maybe corrected) are left alone. */
export async function installPricingParameters(tx: Executor, tenantId: string): Promise<void> {
  const rows = [
    ...legalParameters.pmssCents.map((entry) => ({ tenantId, code: "pmss" as const, validFrom: entry.from, value: entry.value })),
    ...legalParameters.tsaRates.map((entry) => ({ tenantId, code: "tsa" as const, validFrom: entry.from, value: entry.value })),
  ];
  await tx.insert(pricingParameters).values(rows).onConflictDoNothing();
}

/** The tenant's dated parameters, in the engine's shape. */
export async function loadPricingParameters(tx: Executor, tenantId: string): Promise<PricingParameters> {
  const rows = await tx
    .select({ code: pricingParameters.code, validFrom: pricingParameters.validFrom, value: pricingParameters.value })
    .from(pricingParameters)
    .where(eq(pricingParameters.tenantId, tenantId));
  const parameters: PricingParameters = { pmssCents: [], tsaRates: [] };
  for (const row of rows) {
    if (row.code === "pmss" && typeof row.value === "number") parameters.pmssCents.push({ from: row.validFrom, value: row.value });
    if (row.code === "tsa" && typeof row.value === "object") parameters.tsaRates.push({ from: row.validFrom, value: row.value });
  }
  return parameters;
}
