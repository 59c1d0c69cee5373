import { and, desc, eq, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { passwordHistory } from "../db/schema/index";

/** The hashes of the account's most recent earlier passwords, newest first. */
export async function recentPasswordHashes(db: DbOrTx, userId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.retiredAt))
    .limit(limit);
  return rows.map((row) => row.hash);
}

/** Keeps the outgoing password's hash and forgets those older than the history needs. */
export async function retirePassword(tx: DbOrTx, userId: string, hash: string, at: Date, keep: number): Promise<void> {
  await tx.insert(passwordHistory).values({ userId, passwordHash: hash, retiredAt: at });
  const kept = await tx
    .select({ retiredAt: passwordHistory.retiredAt })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.retiredAt))
    .limit(keep);
  if (kept.length < keep) return;
  await tx.delete(passwordHistory).where(
    and(
      eq(passwordHistory.userId, userId),
      notInArray(passwordHistory.retiredAt, kept.map((row) => row.retiredAt)),
    ),
  );
}
