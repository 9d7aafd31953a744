import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { users } from "../access/index.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";

/** Planned, then done through the "réaliser" action (docs/domain/interactions.md). */
export const interactionStates = ["planned", "done"] as const;
export type InteractionState = (typeof interactionStates)[number];

/** Named so that a violation can be reported on the field that refers to nothing. */
export const interactionForeignKeys = { person: "interactions_person_fk", company: "interactions_company_fk", advisor: "interactions_advisor_fk" } as const;

/**
 * A contact with a person and/or a company: a call, a meeting, an e-mail… `type` and `result_code`
 * are codes of the tenant's reference tables `interaction_types` and `interaction_results`.
 * `opportunity_id` has no foreign key: the opportunities module depends on this one, not the reverse,
 * and checks it through the port it registers (`registerOpportunityCheck`).
 */
export const interactions = pgTable(
  "interactions",
  {
    ...tenantColumns(),
    type: text("type").notNull(),
    personId: uuid("person_id"),
    companyId: uuid("company_id"),
    advisorId: uuid("advisor_id").notNull(),
    opportunityId: uuid("opportunity_id"),
    plannedAt: timestamp("planned_at", { withTimezone: true }).notNull(),
    subject: text("subject").notNull(),
    notes: text("notes"),
    state: text("state", { enum: interactionStates }).notNull().default("planned"),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    resultCode: text("result_code"),
    report: text("report"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("interactions_person_idx").on(table.tenantId, table.personId, table.plannedAt),
    index("interactions_company_idx").on(table.tenantId, table.companyId, table.plannedAt),
    index("interactions_advisor_idx").on(table.tenantId, table.advisorId, table.state, table.plannedAt),
    index("interactions_opportunity_idx").on(table.tenantId, table.opportunityId),
    // A record's tab: its interactions go with it (a merge moves them first).
    foreignKey({ name: interactionForeignKeys.person, columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }).onDelete("cascade"),
    foreignKey({ name: interactionForeignKeys.company, columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    foreignKey({ name: interactionForeignKeys.advisor, columns: [table.tenantId, table.advisorId], foreignColumns: [users.tenantId, users.id] }),
    check("interactions_record_required", sql`${table.personId} is not null or ${table.companyId} is not null`),
    check("interactions_done_completed", sql`${table.state} = 'planned' or (${table.endedAt} is not null and ${table.resultCode} is not null)`),
    tenantIsolationPolicy(),
  ],
).enableRLS();
