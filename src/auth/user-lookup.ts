import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { users } from "../db/schema/index";

export type UserRow = typeof users.$inferSelect;

/** Usernames are unique case-insensitively (a unique index on lower(username)). */
export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | null> {
  const rows = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.trim().toLowerCase()))
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}
