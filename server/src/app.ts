import path from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import type { AppConfig } from "./platform/config.js";
import type { Database } from "./platform/db/database.js";
import { registerAuditRoutes } from "./platform/audit/audit-routes.js";
import { registerFileRoutes } from "./platform/files/file-routes.js";
import { FileService } from "./platform/files/file-service.js";
import { createFileStorage, type FileStorage } from "./platform/files/storage.js";
import { installIdempotency } from "./platform/http/idempotency.js";
import { createHttpServer, type AppServer } from "./platform/http/server.js";
import { JobQueue } from "./platform/jobs/job-queue.js";
import { registerJobRoutes } from "./platform/jobs/job-routes.js";
import { registerHealthRoutes } from "./platform/observability/health-routes.js";
import { registerMetrics } from "./platform/observability/metrics.js";
import { OutboxDispatcher } from "./platform/events/dispatcher.js";
import { registerAccessModule } from "./modules/access/index.js";
import { demoUsers } from "./seed/demo.js";
import { registerReferenceDataModule } from "./modules/reference-data/index.js";
import { registerOriginsModule } from "./modules/origins/index.js";
import { catalogueUsesReferenceValue, registerCatalogueModule } from "./modules/catalogue/index.js";
import { registerPricingModule } from "./modules/pricing/index.js";
import { registerAddressesModule } from "./modules/addresses/index.js";
import { personsUseOrigin, personsUseReferenceValue, registerPersonsModule } from "./modules/persons/index.js";
import { companiesUseOrigin, companiesUseReferenceValue, registerCompaniesModule } from "./modules/companies/index.js";
import { registerDuplicatesModule } from "./modules/duplicates/index.js";
import { introducerKinds, registerOrganisationModule } from "./modules/organisation/index.js";
import { contractStandings, registerContractsModule } from "./modules/contracts/index.js";
import { contractQuoteValidation, followHolders, opportunitiesUseOrigin, opportunitiesUseReferenceValue, registerOpportunitiesModule } from "./modules/opportunities/index.js";
import { findInteraction, interactionsUseReferenceValue, linkToOpportunity, registerInteractionsModule } from "./modules/interactions/index.js";

export const webDistFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface Platform {
  config: AppConfig;
  database: Database;
  storage: FileStorage;
  files: FileService;
  queue: JobQueue;
  outbox: OutboxDispatcher;
}

export function createPlatform(config: AppConfig, database: Database): Platform {
  const storage = createFileStorage(config);
  return {
    config,
    database,
    storage,
    files: new FileService(database, storage),
    queue: new JobQueue(database, config.databaseUrl, pino({ level: config.logLevel })),
    outbox: new OutboxDispatcher(database),
  };
}

/** The HTTP application: platform routes, then each module in dependency order. */
export async function buildApp(platform: Platform, options: { serveWeb?: boolean } = {}): Promise<AppServer> {
  const { config, database, files, queue } = platform;
  const app = await createHttpServer({ logLevel: config.logLevel, maxUploadBytes: config.maxUploadBytes, webDistFolder: options.serveWeb ? webDistFolder : undefined });
  registerHealthRoutes(app, database);
  registerMetrics(app, { token: config.metricsToken });
  registerAccessModule(app, { database, files, queue, sessionTtlHours: config.sessionTtlHours, cookieSecure: config.cookieSecure, demoLogins: demoUsers.map((user) => user.email) });
  installIdempotency(app, database);
  const referenceData = registerReferenceDataModule(app, database);
  const marketingOrigins = registerOriginsModule(app, { database, files, queue });
  const naturalPersons = registerPersonsModule(app, { database, files, customFields: referenceData.customFields });
  const legalPersons = registerCompaniesModule(app, { database, files, customFields: referenceData.customFields, persons: naturalPersons.persons });
  const duplicates = registerDuplicatesModule(app, { database, queue, persons: naturalPersons.persons, companies: legalPersons.companies });
  const organisation = registerOrganisationModule(app, { database, files, queue, persons: naturalPersons.persons, companies: legalPersons.companies });
  // Records keep what they are tagged with: a value or origin in use is deactivated, not deleted.
  marketingOrigins.origins.registerUsageCheck(personsUseOrigin);
  marketingOrigins.origins.registerUsageCheck(companiesUseOrigin);
  referenceData.values.registerUsageCheck(personsUseReferenceValue);
  referenceData.values.registerUsageCheck(companiesUseReferenceValue);
  const { interactions } = registerInteractionsModule(app, database);
  referenceData.values.registerUsageCheck(interactionsUseReferenceValue);
  registerAddressesModule(app);
  const catalogue = registerCatalogueModule(app, database);
  referenceData.values.registerUsageCheck(catalogueUsesReferenceValue);
  const pricing = registerPricingModule(app, { database, catalogue, introducers: { kindOf: (tenantId, id) => organisation.introducers.kindOf(tenantId, id), kinds: introducerKinds } });
  const pipeline = registerOpportunitiesModule(app, { database, files, queue, pricing: pricing.pricing, persons: naturalPersons.persons });
  // An interaction may name an opportunity and an opportunity the interaction it came from: each checked through the other's port.
  interactions.registerOpportunityCheck((tx, ctx, id) => pipeline.opportunities.holderOf(tx, ctx, id));
  pipeline.opportunities.registerInteractionLookup({ find: (tx, ctx, id) => findInteraction(tx, ctx, id), link: linkToOpportunity });
  // A prospect that changes hands (rules, by hand, in bulk) takes its open opportunities to its new introducer and advisor.
  organisation.onReassigned(followHolders);
  marketingOrigins.origins.registerUsageCheck(opportunitiesUseOrigin);
  referenceData.values.registerUsageCheck(opportunitiesUseReferenceValue);
  const contractFeeds = registerContractsModule(app, { database, files, queue, persons: naturalPersons.persons, companies: legalPersons.companies });
  // The one life-cycle rule reads a record's contracts, and every contract change runs it in its transaction.
  pipeline.lifeCycle.registerContractStandings(contractStandings);
  contractFeeds.receiver.registerNatureRule(pipeline.lifeCycle);
  // A merge moves contracts from one record to the other: their flags and natures follow in its transaction.
  duplicates.merges.afterMerge("person", (tx, ctx, ids) => contractFeeds.receiver.refreshParties(tx, ctx, { personIds: [...ids], companyIds: [] }));
  duplicates.merges.afterMerge("company", (tx, ctx, ids) => contractFeeds.receiver.refreshParties(tx, ctx, { personIds: [], companyIds: [...ids] }));
  // A merge may take the other record's address or category: the assignment follows, unless set by hand.
  for (const target of ["person", "company"] as const) duplicates.merges.afterMerge(target, (tx, ctx, ids) => organisation.reassess(target, tx, ctx, ids));
  // A contract naming the quote it came from validates that quote, and its opportunity is won.
  contractFeeds.receiver.registerQuoteValidation(contractQuoteValidation(pipeline.quotes));
  registerFileRoutes(app, database, files);
  registerJobRoutes(app, database, files);
  registerAuditRoutes(app, database);
  return app;
}
