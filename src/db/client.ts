import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema/index";
import { acquireDataDirLock, type DataDirLock } from "./lock";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repository functions take either the database or an open transaction as their first argument. */
export type DbOrTx = Database | Transaction;

export type DatabaseKind = "pglite" | "postgresql";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Runs plain SQL outside Drizzle (bulk loads, maintenance). */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite store is used. */
  databaseUrl?: string;
  /** PGlite data directory; "memory://" for a throw-away store. */
  dataDir?: string;
  /** Role the application switches to on PostgreSQL (cannot alter the audit trail). */
  appRole?: string | null;
  poolSize?: number;
}

export const APP_ROLE = "xiaokang_app";

/** Opens PostgreSQL when a URL is given, otherwise PGlite on a locked data directory. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.appRole ?? null, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? "./data");
}

async function openPostgres(url: string, appRole: string | null, poolSize: number): Promise<DatabaseHandle> {
  // The role is a startup parameter, so every connection runs as the app role from its first statement.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...(appRole ? { options: `-c role=${pgIdent(appRole)}` } : {}) });
  // An idle connection dropped by the server (restart, admin termination) must not crash the
  // process: the pool discards it and opens a new one on the next query.
  pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  await pool.query("SELECT 1");
  return {
    db,
    kind: "postgresql",
    exec: async (sqlText) => {
      await pool.query(sqlText);
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith("memory://");
  let lock: DataDirLock | null = null;
  if (!inMemory) lock = acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? dataDir : dataDir);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  let closed = false;
  return {
    db,
    kind: "pglite",
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        // PGlite runs with fsync off; a checkpoint before close leaves a clean data directory.
        // CHECKPOINT needs the owner: the session may have switched to the application role.
        if (!inMemory) await client.exec("RESET ROLE; CHECKPOINT");
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function pgIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid role name ${name}`);
  return name;
}
