import { BENEFICIARY_ROLES } from "../pricing";
import { OPPORTUNITY_STATES } from "./types";

/** Choices of the pipeline's selects; domains and roles labelled as competitor cover and pricing label them. */
export const opportunityStateChoices = OPPORTUNITY_STATES.map((id) => ({ id, name: `adhesia.opportunities.states.${id}` }));
export { coverageDomainChoices as domainChoices } from "../../ui/competitor-coverages/coveragesApi";
export const roleChoices = BENEFICIARY_ROLES.map((id) => ({ id, name: `adhesia.pricing.roles.${id}` }));
