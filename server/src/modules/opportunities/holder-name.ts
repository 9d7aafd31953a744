import { and, eq, sql } from "drizzle-orm";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { opportunities } from "./schema.js";

/** An opportunity's holder as the screens name it: the company's name, or "LASTNAME First". Read with `holderJoins`. */
export const holderName = sql<string>`coalesce(${companies.name}, upper(${persons.lastName}) || coalesce(' ' || ${persons.firstName}, ''), '')`;

/** The joins `holderName` reads: the opportunity's person or company. */
export const holderJoins = {
  person: and(eq(persons.tenantId, opportunities.tenantId), eq(persons.id, opportunities.personId)),
  company: and(eq(companies.tenantId, opportunities.tenantId), eq(companies.id, opportunities.companyId)),
};
