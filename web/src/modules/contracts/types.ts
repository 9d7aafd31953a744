import type { BeneficiaryView, ContractDetail, ContractStatus as ServerContractStatus, ContractView, GuaranteeView, ImportBatchKind as ServerImportBatchKind, ImportBatchView, IntakeErrorView, IntakeFile as ServerIntakeFile, IntakePreview, LineResult as ServerLineResult } from "../../../../server/src/modules/contracts/index.js";
import { serverCodes } from "../../app/serverCodes";

/** Enumerations of the contracts API (server/src/modules/contracts/schema.ts). */
export const CONTRACT_STATUSES = serverCodes<ServerContractStatus>()(["active", "suspended", "terminated"]);
export const INTAKE_FILES = serverCodes<ServerIntakeFile>()(["holders", "contracts", "beneficiaries"]);
export const LINE_RESULTS = serverCodes<ServerLineResult>()(["created", "updated", "unchanged", "rejected"]);
export const IMPORT_KINDS = serverCodes<ServerImportBatchKind>()(["feed", "intake"]);

export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type IntakeFile = (typeof INTAKE_FILES)[number];
export type LineResult = (typeof LINE_RESULTS)[number];

/** GET /contracts item: a contract received from a back office, upserted by (source system, number). */
export type ContractRecord = ContractView;
/** GET /contract-beneficiaries item, and a line of a contract's `beneficiaries`. */
export type BeneficiaryRecord = BeneficiaryView;
export type GuaranteeRecord = GuaranteeView;
/** GET /contracts/{id}. */
export type { ContractDetail };

/** A fault of the 3-file intake, placed on the file, line and column at fault. */
export type IntakeError = IntakeErrorView;

/** POST /integrations/contract-intakes: the dry run, one line per line of the contracts file. */
export type { IntakePreview };

/** 202 answer of a feed upload or an intake's confirmation. */
export interface StartedImport {
  jobId: string;
  batchId: string;
}

/** GET /contract-import-batches item: one run of the feed or of the intake. */
export type ImportBatchRecord = ImportBatchView;

export const CONTRACT_PERMISSIONS = { read: "contract:read", import: "contract:import" } as const;
