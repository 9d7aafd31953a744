import { COVERAGE_DOMAINS } from "../../ui/competitor-coverages/coveragesApi";
import { BENEFICIARY_ROLES } from "../pricing";
import { OPPORTUNITY_STATES } from "./types";

/** Choices of the pipeline's selects; domains and roles labelled as competitor cover and pricing label them. */
export const opportunityStateChoices = OPPORTUNITY_STATES.map((id) => ({ id, name: `adhesia.opportunities.states.${id}` }));
export const domainChoices = COVERAGE_DOMAINS.map((id) => ({ id, name: `adhesia.coverages.domains.${id}` }));
export const roleChoices = BENEFICIARY_ROLES.map((id) => ({ id, name: `adhesia.pricing.roles.${id}` }));
