import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

/** Accounts. Roles are a text array; a CHECK keeps the three admin roles apart (三权分立). */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    unitId: uuid("unit_id"),
    /** An evaluator's one plan (第三方评估 of one plan): everything else answers 404 to them. */
    planId: uuid("plan_id"),
    roles: text("roles").array().notNull(),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: boolean("must_change_password").notNull().default(true),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    active: boolean("active").notNull().default(true),
    failedCount: integer("failed_count").notNull().default(0),
    firstFailedAt: timestamp("first_failed_at", { withTimezone: true, mode: "date" }),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true, mode: "date" }),
    /** When an administrator last re-enabled the account: the 90-day inactivity clock restarts here. */
    reactivatedAt: timestamp("reactivated_at", { withTimezone: true, mode: "date" }),
    /** TOTP second factor (RFC 6238): the secret sealed with the server key, never stored in clear. */
    totpSecret: text("totp_secret"),
    /** A secret offered at enrolment, until the first valid code confirms it. */
    totpPendingSecret: text("totp_pending_secret"),
    /** The last accepted time step: a code is good once (no replay inside its window). */
    totpLastStep: integer("totp_last_step"),
    totpEnrolledAt: timestamp("totp_enrolled_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (table) => [
    uniqueIndex("users_username_uq").on(sql`lower(${table.username})`),
    check(
      "users_admin_roles_separated",
      sql`(('system-admin' = ANY(${table.roles}))::int + ('security-admin' = ANY(${table.roles}))::int + ('audit-admin' = ANY(${table.roles}))::int) <= 1`,
    ),
  ],
);

/** Hashes of an account's earlier passwords, so that the last five cannot be used again (security.md §1.1a). */
export const passwordHistory = pgTable(
  "password_history",
  {
    userId: uuid("user_id").notNull(),
    passwordHash: text("password_hash").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("password_history_user_idx").on(table.userId, table.retiredAt)],
);

/** Server-side sessions; only the SHA-256 of the cookie token is stored. */
export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull(),
  sourceIp: text("source_ip"),
});

/** One-time secrets shown once (bootstrap token for the first administrator). */
export const bootstrapTokens = pgTable("bootstrap_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
});
