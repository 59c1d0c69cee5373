import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type DatabaseHandle } from "../../src/db/client";
import { migrateDatabase } from "../../src/db/migrate";
import { ensureRegions } from "../../src/regions/region.repository";
import { SEED_REGIONS } from "../../src/regions/seed-regions";

export interface TestDatabase {
  handle: DatabaseHandle;
  /** A second handle with the owner's rights (migrations, tampering in tests); same as handle on PGlite. */
  owner: DatabaseHandle;
  url: string | null;
  drop(): Promise<void>;
}

/**
 * One fresh database per test file: an in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL, so the same suite runs against both.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: "memory://" });
    const { appRole } = await migrateDatabase(handle);
    await ensureRegions(handle.db, SEED_REGIONS);
    if (appRole) await handle.exec(`SET ROLE ${appRole}`);
    return { handle, owner: handle, url: null, drop: () => handle.close() };
  }
  const name = `xk_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const owner = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const { appRole } = await migrateDatabase(owner);
  await ensureRegions(owner.db, SEED_REGIONS);
  const handle = await openDatabase({ databaseUrl: url, appRole, poolSize: 10 });
  return {
    handle,
    owner,
    url,
    drop: async () => {
      await handle.close();
      await owner.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export const databaseKind = process.env.DATABASE_URL ? "postgresql" : "pglite";
