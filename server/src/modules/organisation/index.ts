import "./messages.js";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import type { JobQueue } from "../../platform/jobs/job-queue.js";
import type { CompaniesService } from "../companies/index.js";
import type { PersonsService } from "../persons/index.js";
import { AdvisorsService } from "./advisors-service.js";
import { assignmentHook } from "./assignment-hook.js";
import { registerAssignmentRoutes } from "./assignment-routes.js";
import { AssignmentRulesService } from "./assignment-rules-service.js";
import { AssignmentRulesTransfer } from "./assignment-rules-transfer.js";
import { AssignmentSettingsService } from "./assignment-settings.js";
import { BulkReassignment } from "./bulk-reassignment.js";
import { assignmentTargets, type AssignmentTargetKind } from "./assignment-targets.js";
import { registerIntroducersRoutes } from "./introducers-routes.js";
import { IntroducersService } from "./introducers-service.js";
import { ManualAssignmentService } from "./manual-assignment.js";
import { evaluateAssignments } from "./record-assignment.js";
import { ReassignmentFollowers, type ReassignmentFollower } from "./reassignment-followers.js";
import { registerSectorsRoutes } from "./sectors-routes.js";
import { SectorsService } from "./sectors-service.js";
import { UnassignedQueue } from "./unassigned-queue.js";

export { provisionTenant, refreshTenants, findTenantBySlug, type TenantInput } from "./provision.js";
export { tenants } from "./schema.js";
export { organisationPermissions } from "./permissions.js";
export type { IntroducersService } from "./introducers-service.js";
// For trusted bulk loads (demo seed): the network's tables, and the rules run over records loaded past the services.
export { introducers, advisorMemberships, sectors, assignmentRules, assignmentSettings } from "./schema.js";
export { assignAllByRules } from "./assign-all.js";
export { assignmentTargetKinds } from "./assignment-targets.js";
// Whom an advisor works for today: an opportunity given to an advisor takes their introducer.
export { currentIntroducerOf } from "./advisors-service.js";
// The API's shapes, which the web app reads too.
export type { IntroducerView } from "./introducers-service.js";
export type { AdvisorView, MembershipView } from "./advisors-service.js";
export type { AssignmentSettings, AssignmentSettingsView } from "./assignment-settings.js";
export type { SectorView } from "./sectors-service.js";
export type { AssignmentRuleView } from "./assignment-rules-service.js";
export type { UnassignedItem } from "./unassigned-queue.js";
export type { BulkPreview } from "./bulk-reassignment.js";
// Codes the web app lists too.
export type { IntroducerKind } from "./schema.js";
// The kinds a tariff's commission rule may name (pricing).
export { introducerKinds } from "./schema.js";
export type { AssignmentModeCode, AssignmentLevelCode } from "./assignment-engine.js";
// The markets a record is assigned in, and the assignment fields every assigned record carries (the platform's).
export type { Market, RecordAssignment } from "../../platform/records/assignment.js";
export type { Reassignment, ReassignmentFollower } from "./reassignment-followers.js";

export interface OrganisationModuleDependencies {
  database: Database;
  files: FileService;
  queue: JobQueue;
  persons: PersonsService;
  companies: CompaniesService;
}

/**
 * The commercial organisation: introducers and their advisors, sectors, the assignment settings and
 * rules, and the assignment of persons and companies, automatic (a write hook of each) or by hand.
 */
export interface OrganisationModule {
  introducers: IntroducersService;
  /**
   * Re-evaluates records another module rewrote outside their own write (a merge takes the other
   * record's address or category): the rules, unless assigned by hand, with market and sector.
   */
  reassess(target: AssignmentTargetKind, tx: Executor, ctx: RequestContext, ids: readonly string[]): Promise<void>;
  /**
   * Called at wiring time by a module whose rows follow a record's assignment (opportunities): told,
   * in the transaction, of each person or company whose introducer or advisor changed.
   */
  onReassigned(follower: ReassignmentFollower): void;
}

export function registerOrganisationModule(app: AppServer, deps: OrganisationModuleDependencies): OrganisationModule {
  const { database } = deps;
  const introducersService = new IntroducersService(database);
  const followers = new ReassignmentFollowers();
  deps.persons.hooks.register(assignmentHook(assignmentTargets.person, followers));
  deps.companies.hooks.register(assignmentHook(assignmentTargets.company, followers));
  const records = { person: deps.persons, company: deps.companies };
  registerIntroducersRoutes(app, introducersService, new AdvisorsService(database));
  registerSectorsRoutes(app, new SectorsService(database));
  registerAssignmentRoutes(app, {
    settings: new AssignmentSettingsService(database),
    rules: new AssignmentRulesService(database),
    transfer: new AssignmentRulesTransfer(database, deps.files, deps.queue),
    manual: new ManualAssignmentService(database, records, followers),
    unassigned: new UnassignedQueue(records),
    bulk: new BulkReassignment(database, deps.queue, records, followers),
  });
  return {
    introducers: introducersService,
    async reassess(target, tx, ctx, ids) {
      await evaluateAssignments(tx, ctx.tenantId, assignmentTargets[target], ids, "rules", (moves) => followers.tell(tx, ctx, target, moves));
    },
    onReassigned(follower) {
      followers.register(follower);
    },
  };
}
