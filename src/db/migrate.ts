import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { APP_ROLE, type DatabaseHandle } from "./client";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Applies the generated migrations, then grants the application role what it needs.
 * The app role gets no UPDATE, DELETE or TRUNCATE on the audit trail.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<{ appRole: string | null }> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  }
  return { appRole: await grantAppRole(handle) };
}

async function grantAppRole(handle: DatabaseHandle): Promise<string | null> {
  try {
    await handle.exec(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN;
        END IF;
      END $$;
      GRANT ${APP_ROLE} TO CURRENT_USER;
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
      GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${APP_ROLE};
    `);
    return APP_ROLE;
  } catch (error) {
    // A server account without CREATEROLE still works; the append-only trigger protects the audit trail.
    process.emitWarning(`could not set up role ${APP_ROLE}: ${(error as Error).message}`);
    return null;
  }
}
