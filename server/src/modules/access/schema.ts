import { sql } from "drizzle-orm";
import { bigint, boolean, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { dataScopeLevels } from "../../platform/auth/data-scope.js";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";

export const users = pgTable(
  "users",
  {
    ...tenantColumns(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    locale: text("locale", { enum: ["fr", "en"] }).notNull().default("fr"),
    totpSecret: text("totp_secret"),
    totpEnabled: boolean("totp_enabled").notNull().default(false),
    /** The time step of the last TOTP code accepted: a code is good once (RFC 6238 §5.2). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /**
     * The introducer the user works for today, kept here (the organisation module keeps the history
     * in advisor_memberships) so that sign-in can scope the user's records without reading it.
     */
    introducerId: uuid("introducer_id"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    // One e-mail signs in to one tenant: the login form asks for no tenant.
    uniqueIndex("users_email_unique").on(sql`lower(${table.email})`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const roles = pgTable(
  "roles",
  {
    ...tenantColumns(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    system: boolean("system").notNull().default(false),
    /** Which persons and companies the role's holders see: theirs, their introducer's or all. */
    dataScope: text("data_scope", { enum: dataScopeLevels }).notNull().default("all"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("roles_code_unique").on(table.tenantId, table.code),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const userRoles = pgTable(
  "user_roles",
  {
    tenantId: uuid("tenant_id").notNull(),
    userId: uuid("user_id").notNull(),
    roleId: uuid("role_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.userId, table.roleId] }),
    foreignKey({ columns: [table.tenantId, table.userId], foreignColumns: [users.tenantId, users.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.roleId], foreignColumns: [roles.tenantId, roles.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const apiKeys = pgTable(
  "api_keys",
  {
    ...tenantColumns(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("api_keys_hash_unique").on(table.keyHash),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Server-side sessions: any api node can check a cookie, nothing is kept in memory. */
export const sessions = pgTable(
  "sessions",
  {
    tenantId: uuid("tenant_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id").notNull(),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tokenHash] }),
    foreignKey({ columns: [table.tenantId, table.userId], foreignColumns: [users.tenantId, users.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Failed sign-ins, counted per e-mail and per address, so that every api node applies the same limit. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    emailKey: text("email_key").notNull(),
    ipAddress: text("ip_address").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("login_failures_email_idx").on(table.emailKey, table.at), index("login_failures_ip_idx").on(table.ipAddress, table.at)],
);
