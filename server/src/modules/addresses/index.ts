import type { AppServer } from "../../platform/http/server.js";
import { registerAddressRoutes } from "./routes.js";

export { normaliseAddress, type RnvpInput, type RnvpResult, type RnvpStatus, type RnvpSuggestion } from "./rnvp.js";
export { addressInputSchema, frenchPostalCode, postalAddressInput } from "./routes.js";

/** French postal addresses: RNVP normalisation (NF Z10-011) over the La Poste referential. */
export function registerAddressesModule(app: AppServer): void {
  registerAddressRoutes(app);
}
