import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "./client";
import { AppError } from "../errors/app-error";

const FORMAT = "xiaokang-backup";

interface BackupFile {
  format: typeof FORMAT;
  formatVersion: 1;
  createdAt: string;
  sourceKind: string;
  schemaVersion: string;
  tables: Record<string, unknown[]>;
}

async function rows<T>(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers (pg and PGlite) return their rows under `rows`.
  const result = (await handle.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

async function listTables(handle: DatabaseHandle): Promise<string[]> {
  const found = await rows<{ name: string }>(
    handle,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return found.map((row) => row.name);
}

/** The last applied migration identifies the schema a backup belongs to. */
async function schemaVersion(handle: DatabaseHandle): Promise<string> {
  const found = await rows<{ n: number; last: string | null }>(
    handle,
    sql`SELECT count(*)::int AS n, max(created_at)::text AS last FROM drizzle.__drizzle_migrations`,
  );
  return `${found[0].n}:${found[0].last}`;
}

/**
 * A logical backup of every table as JSON, gzipped. The same file restores into PGlite or PostgreSQL,
 * so a demo can move to a server.
 */
export async function createBackup(handle: DatabaseHandle): Promise<Buffer> {
  const tables: Record<string, unknown[]> = {};
  for (const name of await listTables(handle)) {
    const result = await rows<{ data: unknown[] }>(
      handle,
      sql`SELECT coalesce(json_agg(t), '[]'::json) AS data FROM ${sql.identifier(name)} t`,
    );
    tables[name] = result[0].data;
  }
  const file: BackupFile = {
    format: FORMAT,
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    sourceKind: handle.kind,
    schemaVersion: await schemaVersion(handle),
    tables,
  };
  return gzipSync(Buffer.from(JSON.stringify(file)));
}

function readBackup(bytes: Buffer): BackupFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(bytes).toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", { reason: "不是小康备份文件 / not a Xiaokang backup file" });
  }
  const file = parsed as Partial<BackupFile>;
  if (file.format !== FORMAT || file.formatVersion !== 1 || typeof file.tables !== "object" || file.tables === null) {
    throw new AppError("BAD_REQUEST", { reason: "不是小康备份文件 / not a Xiaokang backup file" });
  }
  return file as BackupFile;
}

/**
 * Replaces every table's content with the backup's, in one transaction: on any failure nothing changes.
 * Needs the owner connection, because the audit trail's append-only trigger is suspended meanwhile.
 */
export async function restoreBackup(handle: DatabaseHandle, bytes: Buffer): Promise<{ tables: number; rows: number }> {
  const file = readBackup(bytes);
  const current = await schemaVersion(handle);
  if (file.schemaVersion !== current) {
    throw new AppError("CONFLICT", {
      reason: `备份的数据库结构版本（${file.schemaVersion}）与当前版本（${current}）不同`,
      reasonEn: `backup schema version ${file.schemaVersion} differs from the current ${current}`,
    });
  }
  const tables = await listTables(handle);
  const unknown = Object.keys(file.tables).filter((name) => !tables.includes(name));
  if (unknown.length) {
    throw new AppError("BAD_REQUEST", { reason: `备份含有未知的表：${unknown.join(", ")}` });
  }
  let rowCount = 0;
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    await tx.execute(sql.raw(`TRUNCATE ${tables.map((name) => `"${name}"`).join(", ")}`));
    for (const name of tables) {
      const data = file.tables[name] ?? [];
      rowCount += data.length;
      if (data.length === 0) continue;
      const table = sql.identifier(name);
      await tx.execute(sql`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(data)}::json)`);
    }
    await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  });
  return { tables: tables.length, rows: rowCount };
}
