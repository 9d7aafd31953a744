import "./messages.js";
import "./record-references.js";
import type { Database } from "../../platform/db/database.js";
import type { AppServer } from "../../platform/http/server.js";
import { InteractionsService } from "./interactions-service.js";
import { registerInteractionRoutes } from "./routes.js";

export { interactionPermissions } from "./permissions.js";
export { interactions, interactionStates, type InteractionState } from "./schema.js";
export type { InteractionsService, OpportunityCheck, InteractionInput, InteractionCompletion } from "./interactions-service.js";
// The API's shapes, which the web app reads too.
export type { InteractionView } from "./interaction-view.js";
export type { Reminders } from "./interactions-service.js";
// For the opportunities module: an interaction within the caller's scope (an opportunity "comes from" one).
export { findInteraction, linkToOpportunity } from "./interactions-service.js";
export { interactionsUseReferenceValue } from "./usage-checks.js";

/**
 * Interactions with persons and companies: planned, done ("réaliser"), the advisor's agenda and
 * reminders. The opportunities module registers its opportunity check on the returned service.
 */
export function registerInteractionsModule(app: AppServer, database: Database): { interactions: InteractionsService } {
  const interactions = new InteractionsService(database);
  registerInteractionRoutes(app, interactions);
  return { interactions };
}
