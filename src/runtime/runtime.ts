import { openDatabase, type DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { readConfig, type RuntimeConfig } from "../config/env";
import { loadSecretKey } from "../config/secrets";
import { ensureRegions } from "../regions/region.repository";
import { SEED_REGIONS } from "../regions/seed-regions";

export interface Runtime {
  config: RuntimeConfig;
  handle: DatabaseHandle;
  secretKey: Buffer;
}

/**
 * Opens the configured database, applies migrations and the preloaded regions, and hands back a
 * connection that runs as the application role (which cannot alter the audit trail).
 */
export async function openRuntime(options: Partial<RuntimeConfig> & { asOwner?: boolean } = {}): Promise<Runtime> {
  const { asOwner = false, ...overrides } = options;
  const config = readConfig(process.env, overrides);
  const secretKey = loadSecretKey(config.dataDir);
  if (config.databaseUrl) {
    const owner = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 1 });
    let appRole: string | null;
    try {
      appRole = (await migrateDatabase(owner)).appRole;
      await ensureRegions(owner.db, SEED_REGIONS);
    } finally {
      await owner.close();
    }
    const handle = await openDatabase({ databaseUrl: config.databaseUrl, appRole: asOwner ? null : appRole });
    return { config, handle, secretKey };
  }
  const handle = await openDatabase({ dataDir: config.dataDir });
  try {
    const { appRole } = await migrateDatabase(handle);
    await ensureRegions(handle.db, SEED_REGIONS);
    if (appRole && !asOwner) await handle.exec(`SET ROLE ${appRole}`);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return { config, handle, secretKey };
}
