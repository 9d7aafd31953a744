import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../../platform/ids.js";

/** The mutuals using the platform. Not tenant-scoped itself: it is the list of tenants. */
export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().$defaultFn(newId),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  isDemo: text("is_demo", { enum: ["yes", "no"] }).notNull().default("no"),
  branding: jsonb("branding").$type<{ primaryColor?: string; logoFileId?: string }>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
