import { bigint, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../db/columns.js";

/** Metadata of a stored file; the bytes live in the storage backend under `storageKey`. */
export const storedFiles = pgTable(
  "stored_files",
  {
    ...tenantColumns(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), tenantIsolationPolicy()],
).enableRLS();
