import { pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenantIsolationPolicy } from "./columns.js";

/**
 * Every word (three letters or more) of the tenant's person or company names (`target`), kept by
 * triggers on those tables (migration 0019): the lexicon a search with one typo looks its words up
 * in, instead of comparing the typed word with every name of the tenant.
 */
export const nameWords = pgTable(
  "name_words",
  {
    tenantId: uuid("tenant_id").notNull(),
    target: text("target", { enum: ["persons", "companies"] }).notNull(),
    word: text("word").notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.target, table.word] }), tenantIsolationPolicy()],
).enableRLS();

/**
 * Each lexicon word under itself and under each form with one letter deleted: two words are one
 * typo apart only if they share such a form (symmetric delete), so a typed word's neighbours are
 * found by exact look-ups of its own forms. The triggers that file a word file its forms and remove
 * them with it (migration 0022's `file_name_words` / `forget_name_words`), found again by computing
 * them: no foreign key, whose check per form made a load of new names ten times slower, and no
 * index on the word, which was there only for those removals.
 */
export const nameWordVariants = pgTable(
  "name_word_variants",
  {
    tenantId: uuid("tenant_id").notNull(),
    target: text("target", { enum: ["persons", "companies"] }).notNull(),
    variant: text("variant").notNull(),
    word: text("word").notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.target, table.variant, table.word] }), tenantIsolationPolicy()],
).enableRLS();
