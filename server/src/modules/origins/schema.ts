import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";

/**
 * What kind of commercial operation brought a record in, for ROI per kind:
 * - `campaign`: a marketing campaign (mailing, e-mailing, advertising);
 * - `event`: a show, fair, meeting or webinar;
 * - `comparator`: an online comparator (Meilleure Assurance, Les Furets…);
 * - `spontaneous_call`: the prospect called or came in on their own;
 * - `web_site`: the tenant's web site or online agency;
 * - `partner`: a partner's network (bank, employer, association);
 * - `referral`: recommended by a member or a prescriber;
 * - `other`: anything else.
 */
export const originKinds = ["campaign", "event", "comparator", "spontaneous_call", "web_site", "partner", "referral", "other"] as const;
export type OriginKind = (typeof originKinds)[number];

/**
 * Marketing origins ("origines"): mandatory on persons, companies and opportunities, they carry the
 * ROI of a commercial operation. `system` origins are used by the interfaces with the online shop
 * and comparators: nobody may change or delete them.
 */
export const origins = pgTable(
  "origins",
  {
    ...tenantColumns(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    labelEn: text("label_en"),
    kind: text("kind", { enum: originKinds }).notNull(),
    /** Business dates, ISO `YYYY-MM-DD` without time zone. */
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    /** What the operation cost, in euro cents. */
    costCents: bigint("cost_cents", { mode: "number" }),
    active: boolean("active").notNull().default(true),
    system: boolean("system").notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("origins_code_unique").on(table.tenantId, table.code),
    check("origins_dates_ordered", sql`${table.endDate} is null or ${table.startDate} is null or ${table.endDate} >= ${table.startDate}`),
    check("origins_cost_not_negative", sql`${table.costCents} is null or ${table.costCents} >= 0`),
    tenantIsolationPolicy(),
  ],
).enableRLS();
