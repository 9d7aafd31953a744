import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { APP_ROLE } from "./columns.js";

export type AppDb = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<AppDb["transaction"]>[0]>[0];
/** Anything that runs a query: the database itself or an open transaction. */
export type Executor = AppDb | Tx;

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
   * statement sees its own snapshot under READ COMMITTED anyway), so on a server this is one round
   * trip to set the session and then the reads, on a connection reserved for tenant work.
   */
  readAsTenant<T>(session: TenantSession, work: (db: Executor) => Promise<T>): Promise<T>;
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
    extensions: { pg_trgm, unaccent },
  });
  const db = drizzlePglite(client) as unknown as AppDb;
  return {
    kind: "pglite",
    db,
    // One in-process connection: transaction-local settings, so nothing outlives the work.
    readAsTenant: (session, work) =>
      db.transaction(async (tx) => {
        await tx.execute(tenantSettings(session, true));
        return work(tx);
      }),
    raw: {
      async executeSql(text, values) {
        if (values && values.length > 0) {
          const result = await client.query(text, values);
          return { rows: result.rows };
        }
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
    async rows<T>(query: SQL) {
      const result = (await db.execute(query)) as unknown as { rows: T[] };
      return result.rows;
    },
    async close() {
      await client.close();
    },
  };
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const db = drizzleNodePg(pool) as unknown as AppDb;
  await db.execute(sql`select 1`);
  // Connections of this pool only ever run tenant reads, and each use starts by setting role and
  // tenant for the session, so a setting left by the previous use is always overwritten first.
  const tenantPool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const tenantDbs = new WeakMap<pg.PoolClient, AppDb>();
  return {
    kind: "postgres",
    db,
    async readAsTenant(session, work) {
      const client = await tenantPool.connect();
      try {
        let tenantDb = tenantDbs.get(client);
        if (!tenantDb) {
          tenantDb = drizzleNodePg(client) as unknown as AppDb;
          tenantDbs.set(client, tenantDb);
        }
        await tenantDb.execute(tenantSettings(session, false));
        return await work(tenantDb);
      } finally {
        client.release();
      }
    },
    raw: {
      async executeSql(text, values) {
        const result = await pool.query(text, values);
        return { rows: result.rows };
      },
    },
    async rows<T>(query: SQL) {
      const result = (await db.execute(query)) as unknown as { rows: T[] };
      return result.rows;
    },
    async close() {
      await Promise.all([pool.end(), tenantPool.end()]);
    },
  };
}

/** Role, tenant and user for row-level security; `local` ties them to the current transaction. */
export function tenantSettings(session: TenantSession, local: boolean): SQL {
  return sql`select set_config('role', ${APP_ROLE}, ${local}), set_config('app.tenant_id', ${session.tenantId}, ${local}), set_config('app.user_id', ${session.userId ?? ""}, ${local})`;
}

/** Dumps a PGlite data folder so that test files can start from one migrated database. */
export async function dumpPglite(database: Database): Promise<Blob> {
  if (database.kind !== "pglite") throw new Error("Only the embedded database can be dumped");
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir("none");
}
