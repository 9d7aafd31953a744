import { apiFetch } from "../../app/http";

/** Domains of competitor coverage (server/src/modules/persons/schema.ts), the same for persons and companies. */
export const COVERAGE_DOMAINS = ["health", "protection", "savings_retirement", "property_casualty", "services"] as const;
export type CoverageDomain = (typeof COVERAGE_DOMAINS)[number];
/** Choices of a domain select or filter (competitor cover, opportunities, contracts). */
export const coverageDomainChoices = COVERAGE_DOMAINS.map((id) => ({ id, name: `adhesia.coverages.domains.${id}` }));

/** GET {record}/competitor-coverages item. */
export interface CoverageRecord {
  id: string;
  domain: CoverageDomain;
  insurer: string;
  product: string | null;
  endDate: string | null;
  annualPremiumCents: number | null;
  createdAt: string;
}

export interface CoverageInput {
  domain: CoverageDomain;
  insurer: string;
  product: string | null;
  endDate: string | null;
  annualPremiumCents: number | null;
}

/** `recordPath` is the record's API path, e.g. `/persons/{id}` or `/companies/{id}`. */
export const listCoverages = async (recordPath: string, signal?: AbortSignal): Promise<CoverageRecord[]> =>
  (await apiFetch<{ items: CoverageRecord[] }>(`${recordPath}/competitor-coverages`, { signal })).items;

export const addCoverage = (recordPath: string, coverage: CoverageInput): Promise<CoverageRecord> =>
  apiFetch<CoverageRecord>(`${recordPath}/competitor-coverages`, { method: "POST", body: coverage });

export const removeCoverage = (recordPath: string, coverageId: string): Promise<void> =>
  apiFetch<void>(`${recordPath}/competitor-coverages/${encodeURIComponent(coverageId)}`, { method: "DELETE" });
