import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";

/**
 * Runs raw SQL and returns its rows on both drivers (node-postgres and PGlite both answer `{ rows }`).
 * Queries cast dates to text and counts to int, so neither driver's type parsing matters.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)) return result.rows as T[];
  return [];
}
