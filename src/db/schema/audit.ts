import { bigint, index, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

/**
 * Append-only, hash-chained audit trail. Keyed by region code first so that it can be
 * partitioned by region; `seq` orders the chain.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    ts: timestamp("ts", { withTimezone: true, mode: "date", precision: 3 }).notNull(),
    regionCode: varchar("region_code", { length: 12 }),
    actorId: uuid("actor_id"),
    actorName: text("actor_name"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    objectType: text("object_type"),
    objectId: text("object_id"),
    outcome: text("outcome", { enum: ["success", "failure", "denied"] }).notNull(),
    sourceIp: text("source_ip"),
    requestId: text("request_id"),
    beforeDigest: text("before_digest"),
    afterDigest: text("after_digest"),
    detail: jsonb("detail"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [index("audit_object_idx").on(table.objectType, table.objectId), index("audit_ts_idx").on(table.ts)],
);
