import "./messages.js";
import "./record-references.js";
import type { Database } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import type { JobQueue } from "../../platform/jobs/job-queue.js";
import { ContractIntake } from "./contract-intake.js";
import { ContractReceiver } from "./contract-receiver.js";
import { ContractsService } from "./contracts-service.js";
import { ContractFeedImport } from "./feed-import.js";
import { ImportHistory } from "./import-history.js";
import type { RecordServices } from "./parties.js";
import { registerContractRoutes } from "./routes.js";

export { contractPermissions } from "./permissions.js";
export { contracts, contractBeneficiaries, contractStatuses, beneficiaryRoles } from "./schema.js";
export { contractStandings, type NatureRule, type Party } from "./coverage-refresh.js";
// For trusted loaders (demo seed): rows keyed like the feed's, flags and nature kept the same way.
export { refreshParties } from "./coverage-refresh.js";
export { contentHash } from "./contract-record.js";
export type { ContractReceiver, QuoteValidation } from "./contract-receiver.js";
export { startContractFeed, type ContractFeedImport } from "./feed-import.js";
export type { ContractRecord } from "./contract-record.js";
// The API's shapes, which the web app reads too.
export type { BeneficiaryView, ContractDetail, ContractView, GuaranteeView } from "./contract-view.js";
export type { ImportBatchView } from "./import-history.js";
export type { IntakeErrorView, IntakePreview } from "./contract-intake.js";
// Codes the web app lists too.
export type { ContractStatus, ImportBatchKind } from "./schema.js";
export type { IntakeFile } from "./intake-files.js";
// What a feed or an intake did with each line (the platform's import reports).
export type { LineResult } from "../../platform/imports/import-reports.js";

export interface ContractsModuleDependencies extends RecordServices {
  database: Database;
  files: FileService;
  queue: JobQueue;
}

export interface ContractsModule {
  contracts: ContractsService;
  /** Where the opportunities module registers the nature rule and the quote transition. */
  receiver: ContractReceiver;
  /** The daily feed's import, also started by the CLI. */
  feed: ContractFeedImport;
}

/** Contracts from the back offices: the daily feed, real-time pushes, the partners' 3-file intake, and the records' contract tabs. */
export function registerContractsModule(app: AppServer, deps: ContractsModuleDependencies): ContractsModule {
  const contracts = new ContractsService(deps.database);
  const receiver = new ContractReceiver(deps.database, { persons: deps.persons, companies: deps.companies });
  const feedDeps = { database: deps.database, files: deps.files, queue: deps.queue, receiver };
  const feed = new ContractFeedImport(feedDeps);
  registerContractRoutes(app, { contracts, receiver, feed, intake: new ContractIntake(feedDeps), history: new ImportHistory(deps.database, deps.files) });
  return { contracts, receiver, feed };
}
