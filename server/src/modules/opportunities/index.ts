import "./messages.js";
import "./record-references.js";
import type { Database, Executor } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import { dayInFrance } from "../../platform/i18n/dates.js";
import type { JobQueue } from "../../platform/jobs/job-queue.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import { AttachmentsService, type PersonsService } from "../persons/index.js";
import type { PricingService } from "../pricing/index.js";
import { PipelineBoard } from "./board.js";
import { LifeCycle } from "./life-cycle.js";
import { OpportunitiesService } from "./opportunities-service.js";
import { registerOpportunityRoutes } from "./opportunity-routes.js";
import { quotePermissions } from "./permissions.js";
import { PricedQuotes } from "./priced-quotes.js";
import { expireQuotes, QUOTE_EXPIRY_CRON, QUOTE_EXPIRY_TASK } from "./quote-expiry.js";
import { registerQuoteIntakeRoutes } from "./integration-routes.js";
import { QuoteIntake } from "./quote-intake.js";
import { registerQuoteRoutes } from "./quote-routes.js";
import { QuotesService } from "./quotes-service.js";
import { quoteAttachments } from "./schema.js";

export { opportunityPermissions, quotePermissions } from "./permissions.js";
// The one life-cycle rule, shared with the contracts module (issue 9).
export { natureOf, type ContractStanding, type Holdings } from "./nature-rule.js";
export type { LifeCycle, ContractStandings, Holder } from "./life-cycle.js";
export type { OpportunitiesService, OpportunityInput } from "./opportunities-service.js";
export type { QuotesService, NewQuote, QuoteOutcome } from "./quotes-service.js";
export type { PricedQuotes, PricedQuoteRequest } from "./priced-quotes.js";
export type { InteractionLookup } from "./opportunity-references.js";
// The API's shapes, which the web app reads too (with QuoteOutcome above).
export type { OpportunityView, StateChangeView } from "./opportunity-view.js";
export type { QuoteView } from "./quote-view.js";
export type { BoardCard, BoardColumn } from "./board.js";
export { opportunityStates, type OpportunityState } from "./opportunity-states.js";
export { quoteStates, type QuoteState } from "./quote-states.js";
// Codes the web app lists too.
export type { HandClosedState } from "./opportunity-states.js";
export type { QuoteKind } from "./quote-states.js";
export { contractQuoteValidation } from "./quote-validation.js";
// A prospect reassigned takes its open opportunities along (wired to the organisation module).
export { followHolders } from "./assignment-following.js";
export { opportunitiesUseOrigin, opportunitiesUseReferenceValue } from "./usage-checks.js";

export interface OpportunitiesModuleDependencies {
  database: Database;
  files: FileService;
  queue: JobQueue;
  pricing: PricingService;
  /** A pushed quote's person is created through it when the duplicate rules find none. */
  persons: PersonsService;
}

export interface OpportunitiesModule {
  opportunities: OpportunitiesService;
  quotes: QuotesService;
  priced: PricedQuotes;
  /** The files of quotes (their PDF); none without file storage. */
  attachments: AttachmentsService | undefined;
  /** For the contracts module: register its contracts, and refresh a holder's nature when one changes. */
  lifeCycle: LifeCycle;
}

/**
 * The services of the pipeline without routes: for the application below, and for trusted loaders
 * (demo seed). Without file storage, priced quotes are stored without their PDF.
 */
export function createPipeline(deps: { database: Database; pricing: PricingService; files: FileService | undefined }): OpportunitiesModule {
  const lifeCycle = new LifeCycle();
  const opportunities = new OpportunitiesService(deps.database, lifeCycle);
  const quotes = new QuotesService(deps.database);
  const attachments =
    deps.files &&
    new AttachmentsService(deps.database, deps.files, {
      entity: "quote",
      table: quoteAttachments,
      permissions: quotePermissions,
      exists: (tx: Executor, reader: ScopedReader, id: string) => quotes.exists(tx, reader, id),
    });
  return { opportunities, quotes, priced: new PricedQuotes(deps.database, deps.pricing, quotes, attachments), attachments, lifeCycle };
}

/** Opportunities and their quotes: the sales pipeline, and the nature of persons and companies it moves. */
export function registerOpportunitiesModule(app: AppServer, deps: OpportunitiesModuleDependencies): OpportunitiesModule {
  const pipeline = createPipeline(deps);
  const { attachments } = pipeline;
  if (!attachments) throw new Error("quotes keep their PDF in the file storage");
  registerOpportunityRoutes(app, pipeline.opportunities, new PipelineBoard(deps.database));
  registerQuoteRoutes(app, { ...pipeline, attachments });
  registerQuoteIntakeRoutes(app, new QuoteIntake(deps.database, deps.persons, pipeline.opportunities, pipeline.quotes));
  deps.queue.recurring(QUOTE_EXPIRY_TASK, QUOTE_EXPIRY_CRON, async () => {
    await expireQuotes(deps.database, pipeline.quotes, dayInFrance());
  });
  return pipeline;
}
