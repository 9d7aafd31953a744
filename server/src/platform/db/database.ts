import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { APP_ROLE } from "./columns.js";
import { listenOnServer, type NotificationHandlers, type StopListening } from "./notifications.js";
import { splitParsers } from "./pglite-parsers.js";

export type AppDb = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<AppDb["transaction"]>[0]>[0];
/** Anything that runs a query: the database itself or an open transaction. */
export type Executor = AppDb | Tx;

/** The rows of a hand-written statement, on either driver (both answer `{ rows }`). */
export async function rowsOf<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The raw client pg-boss drives: multi-statement SQL must go through PGlite's `exec`. */
export interface RawSqlClient {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface TenantSession {
  tenantId: string;
  userId: string | null;
}

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: AppDb;
  readonly raw: RawSqlClient;
  /**
   * Runs read-only work as the application role for one tenant. Reads need no transaction (each
   * statement sees its own snapshot under READ COMMITTED anyway), so on a server this runs on a
   * connection reserved for tenant reads, whose role and tenant are set only when they change.
   */
  readAsTenant<T>(tenantId: string, work: (db: Executor) => Promise<T>): Promise<T>;
  /** Calls back on every NOTIFY on the channel (sent on commit), in every process on this database. */
  listen(channel: string, handlers: NotificationHandlers): Promise<StopListening>;
  /** Rows of a statement run with the connecting (owner) role: migrations, workers, authentication look-ups. */
  rows<T>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined keeps the embedded database in memory (tests). */
  dataDir?: string | undefined;
  /** A dump of an already migrated PGlite data folder, to start tests without migrating again. */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.loadDataDir);
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | File | undefined): Promise<Database> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm, unaccent, fuzzystrmatch },
  });
  const { forDrizzle, rawOptions } = splitParsers(client);
  const db = drizzlePglite(forDrizzle) as unknown as AppDb;
  return {
    kind: "pglite",
    db,
    // One in-process connection: transaction-local settings, so nothing outlives the work.
    readAsTenant: (tenantId, work) =>
      db.transaction(async (tx) => {
        await tx.execute(tenantSettings({ tenantId, userId: null }, true));
        return work(tx);
      }),
    async listen(channel, handlers) {
      const unlisten = await client.listen(channel, () => handlers.onNotification());
      handlers.onListening(true);
      return async () => {
        handlers.onListening(false);
        await unlisten();
      };
    },
    raw: {
      async executeSql(text, values) {
        if (values && values.length > 0) {
          const result = await client.query(text, values, rawOptions);
          return { rows: result.rows };
        }
        const results = await client.exec(text, rawOptions);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
    async rows<T>(query: SQL) {
      return rowsOf<T>(db, query);
    },
    async close() {
      await client.close();
    },
  };
}

/**
 * Settings of every connection the application opens on a server. JIT compilation off: PostgreSQL
 * compiles a query whose estimated cost passes `jit_above_cost`, and set-based statements on
 * unnested arrays (a feed's matching of 15,000 keys) are estimated far above it while they run in
 * tens of milliseconds — compiling took 400 ms of workers' time for a 35 ms join (bench/feed,
 * auto_explain). Short transactional queries never repay it. Appended to the environment's
 * PGOPTIONS, which pg reads only when it is given no options.
 */
export const connectionOptions = [process.env.PGOPTIONS, "-c jit=off"].filter(Boolean).join(" ");

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: connectionOptions });
  const db = drizzleNodePg(pool) as unknown as AppDb;
  await db.execute(sql`select 1`);
  // Connections of this pool only ever run tenant reads as the application role, and remember the
  // tenant they are set for: a use by the same tenant needs no round trip to set it again.
  const tenantPool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: connectionOptions });
  // An idle connection the server closed (restart, failover) is dropped by the pool and replaced on
  // next use; without a listener its error would end the process.
  for (const each of [pool, tenantPool]) each.on("error", () => undefined);
  const tenantConnections = new WeakMap<pg.PoolClient, { db: AppDb; tenantId: string | undefined }>();
  return {
    kind: "postgres",
    db,
    async readAsTenant(tenantId, work) {
      const client = await tenantPool.connect();
      try {
        let connection = tenantConnections.get(client);
        if (!connection) {
          connection = { db: drizzleNodePg(client) as unknown as AppDb, tenantId: undefined };
          tenantConnections.set(client, connection);
        }
        if (connection.tenantId !== tenantId) {
          // Forgotten first, so that a failed setting is made again on the next use.
          connection.tenantId = undefined;
          await connection.db.execute(tenantSettings({ tenantId, userId: null }, false));
          connection.tenantId = tenantId;
        }
        return await work(connection.db);
      } finally {
        client.release();
      }
    },
    listen: (channel, handlers) => listenOnServer(databaseUrl, channel, handlers),
    raw: {
      async executeSql(text, values) {
        const result = await pool.query(text, values);
        return { rows: result.rows };
      },
    },
    async rows<T>(query: SQL) {
      return rowsOf<T>(db, query);
    },
    async close() {
      await Promise.all([pool.end(), tenantPool.end()]);
    },
  };
}

/**
 * How close a word must be to count as a match in trigram searches. pg_trgm's default (0.6) misses
 * one wrong letter in an 8-letter name ("kerharve" for "kerherve" scores 0.5); users expect it found.
 */
const WORD_SIMILARITY_THRESHOLD = "0.45";

/**
 * Role, tenant and user for row-level security, and the search settings every tenant query shares,
 * in one statement; `local` ties them to the current transaction.
 */
export function tenantSettings(session: TenantSession, local: boolean): SQL {
  return sql`select set_config('role', ${APP_ROLE}, ${local}), set_config('app.tenant_id', ${session.tenantId}, ${local}), set_config('app.user_id', ${session.userId ?? ""}, ${local}), set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, ${local})`;
}

/** Dumps a PGlite data folder so that test files can start from one migrated database. */
export async function dumpPglite(database: Database): Promise<Blob> {
  if (database.kind !== "pglite") throw new Error("Only the embedded database can be dumped");
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir("none");
}
