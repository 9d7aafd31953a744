import type { Identifier } from "react-admin";
import type { CoverageDomain } from "../../ui/competitor-coverages/coveragesApi";
import type { BeneficiaryRole } from "../pricing";

/** Enumerations of the contracts API (server/src/modules/contracts/schema.ts). */
export const CONTRACT_STATUSES = ["active", "suspended", "terminated"] as const;
export const GUARANTEE_KINDS = ["guarantee", "option"] as const;
export const INTAKE_FILES = ["holders", "contracts", "beneficiaries"] as const;
export const LINE_RESULTS = ["created", "updated", "unchanged", "rejected"] as const;
export const IMPORT_KINDS = ["feed", "intake"] as const;

export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];
export type IntakeFile = (typeof INTAKE_FILES)[number];
export type LineResult = (typeof LINE_RESULTS)[number];
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** GET /contracts item: a contract received from a back office, upserted by (source system, number). */
export interface ContractRecord {
  id: Identifier;
  sourceSystem: string;
  number: string;
  status: ContractStatus;
  domain: CoverageDomain;
  holderType: "person" | "company";
  holderPersonId: string | null;
  holderCompanyId: string | null;
  holderName: string;
  productId: string | null;
  formulaId: string | null;
  productCode: string | null;
  formulaCode: string | null;
  productLabel: string | null;
  formulaLabel: string | null;
  grantsMembership: boolean;
  startDate: string;
  endDate: string | null;
  terminationDate: string | null;
  terminationReason: string | null;
  premiumAnnualCents: number | null;
  introducerId: string | null;
  quoteNumber: string | null;
  quoteId: string | null;
  beneficiaryCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /contract-beneficiaries item, and a line of a contract's `beneficiaries`. */
export interface BeneficiaryRecord {
  id: string;
  contractId: string;
  personId: string;
  lastName: string;
  firstName: string | null;
  birthDate: string | null;
  role: BeneficiaryRole;
  startDate: string | null;
  endDate: string | null;
}

export interface GuaranteeRecord {
  kind: GuaranteeKind;
  code: string;
  label: string | null;
  premiumAnnualCents: number | null;
}

/** GET /contracts/{id}. */
export interface ContractDetail extends ContractRecord {
  beneficiaries: BeneficiaryRecord[];
  guarantees: GuaranteeRecord[];
}

/** A fault of the 3-file intake, placed on the file, line and column at fault. */
export interface IntakeError {
  file: IntakeFile;
  line: number;
  column: string;
  code: string;
  message: string;
}

/** POST /integrations/contract-intakes: the dry run, one line per line of the contracts file. */
export interface IntakePreview {
  batchId: string;
  counters: Record<LineResult, number>;
  lines: Array<{ line: number; key: string; result: LineResult; errors: IntakeError[] }>;
  /** Faults that belong to no contract (a missing column, a beneficiary of an unknown contract). */
  errors: IntakeError[];
}

/** 202 answer of a feed upload or an intake's confirmation. */
export interface StartedImport {
  jobId: string;
  batchId: string;
}

/** GET /contract-import-batches item: one run of the feed or of the intake. */
export interface ImportBatchRecord {
  id: Identifier;
  kind: ImportKind;
  channel: "upload" | "cli";
  status: "previewed" | "confirmed";
  files: Array<{ role: string; fileId: string; name: string }>;
  preview: Record<string, number> | null;
  createdAt: string;
  createdBy: string | null;
  createdByName: string | null;
  confirmedAt: string | null;
  jobId: string | null;
  state: "queued" | "running" | "succeeded" | "failed" | null;
  progress: number | null;
  counters: Record<string, number> | null;
  resultFileId: string | null;
  errorReportFileId: string | null;
  finishedAt: string | null;
}

export const CONTRACT_PERMISSIONS = { read: "contract:read", import: "contract:import" } as const;
