import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { AppServer } from "../../platform/http/server.js";
import type { JobQueue } from "../../platform/jobs/job-queue.js";
import type { CompaniesService } from "../companies/index.js";
import type { PersonsService } from "../persons/index.js";
import { CandidatesService } from "./candidates-service.js";
import { duplicateEntryCheck } from "./entry-check.js";
import { MergeService } from "./merge-service.js";
export type { MergeService, MergeFollowUp } from "./merge-service.js";
import { registerDuplicatesRoutes } from "./routes.js";
import { DuplicateRulesService } from "./rules-service.js";
import { ActiveRulesCache } from "./rules-store.js";
import { DuplicateScan } from "./scan.js";

export { duplicatePermissions } from "./permissions.js";
export { installDefaultDuplicateRules } from "./rules-store.js";
export { DUPLICATE_SCAN_JOB, DuplicateScan } from "./scan.js";
export { rebuildKeyIndex } from "./key-index.js";
export { duplicateTargets, type DuplicateTarget } from "./rules.js";
// For interfaces that bring records in (the back-office feed): the same matching as at entry.
export { matchIncomingBatch, type IncomingDraft } from "./candidate-finder.js";
export type { DuplicateCandidate } from "./candidate.js";
export type { PersonMatchRecord, CompanyMatchRecord } from "./matching.js";
export type { MatchVerdict } from "./incoming-verdict.js";
// The API's shapes, which the web app reads too.
export type { BulkOutcome, CandidateView } from "./candidates-service.js";
export type { MergeView } from "./merge-service.js";
export type { RuleView } from "./rules-service.js";
export type { FieldComparison } from "./rules.js";
// Codes the web app lists too (with DuplicateTarget above).
export type { CandidateStatus } from "./schema.js";
export type { CandidateAction } from "./candidates-service.js";
export type { ComparisonMethod } from "./rules.js";

export interface DuplicatesModuleDependencies {
  database: Database;
  queue: JobQueue;
  persons: PersonsService;
  companies: CompaniesService;
}

/**
 * Duplicates: one matching service behind every entry path (the write hooks of persons and
 * companies), the review of a whole-base scan, and undoable merges.
 */
export function registerDuplicatesModule(app: AppServer, deps: DuplicatesModuleDependencies): { scan: DuplicateScan; merges: MergeService } {
  deps.persons.hooks.register(duplicateEntryCheck("person"));
  deps.companies.hooks.register(duplicateEntryCheck("company"));
  const scan = new DuplicateScan(deps.database, deps.queue);
  const merges = new MergeService(deps.database);
  const rulesCache = new ActiveRulesCache(deps.database);
  registerDuplicatesRoutes(app, {
    database: deps.database,
    rulesCache,
    rules: new DuplicateRulesService(deps.database, async (ctx, target) => {
      rulesCache.forget(ctx.tenantId);
      await scan.reindex(ctx, target);
    }),
    candidates: new CandidatesService(deps.database, merges),
    merges,
    scan,
  });
  return { scan, merges };
}
