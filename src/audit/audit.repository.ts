import { and, asc, desc, gt, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { auditEvents } from "../db/schema/index";
import { chainHash, GENESIS_HASH, findChainBreak, type ChainBreak, type ChainedEvent } from "./audit-chain";

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditInput {
  ts: Date;
  regionCode?: string | null;
  actorId?: string | null;
  actorName?: string | null;
  actorRole?: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  outcome: AuditOutcome;
  sourceIp?: string | null;
  requestId?: string | null;
  beforeDigest?: string | null;
  afterDigest?: string | null;
  /** Non-personal detail only: never a password, token or ID number. */
  detail?: Record<string, unknown> | null;
}

// Any fixed number: serialises appends so that each event links to the one before it.
const AUDIT_LOCK_KEY = 7_355_608;

/** Appends one event in the caller's transaction; if the business write rolls back, so does its event. */
export async function appendAuditEvent(tx: DbOrTx, key: Buffer, input: AuditInput): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const prev = last[0] ?? { seq: 0, hash: GENESIS_HASH };
  const event: ChainedEvent = {
    seq: prev.seq + 1,
    ts: input.ts.toISOString(),
    regionCode: input.regionCode ?? null,
    actorId: input.actorId ?? null,
    actorName: input.actorName ?? null,
    actorRole: input.actorRole ?? null,
    action: input.action,
    objectType: input.objectType ?? null,
    objectId: input.objectId ?? null,
    outcome: input.outcome,
    sourceIp: input.sourceIp ?? null,
    requestId: input.requestId ?? null,
    beforeDigest: input.beforeDigest ?? null,
    afterDigest: input.afterDigest ?? null,
    detail: input.detail ?? null,
  };
  const hash = chainHash(key, prev.hash, event);
  await tx.insert(auditEvents).values({ ...event, outcome: input.outcome, ts: input.ts, prevHash: prev.hash, hash });
  return event.seq;
}

export interface AuditPage {
  limit: number;
  before?: number;
}

export async function listAuditEvents(db: DbOrTx, page: AuditPage) {
  return db
    .select()
    .from(auditEvents)
    .where(page.before ? lt(auditEvents.seq, page.before) : undefined)
    .orderBy(desc(auditEvents.seq))
    .limit(page.limit);
}

/** Verifies the whole chain in batches; returns the first break or null, and how many events were checked. */
export async function verifyAuditChain(db: DbOrTx, key: Buffer): Promise<{ checked: number; break: ChainBreak | null }> {
  const batchSize = 2000;
  let cursor = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.seq, cursor.seq)))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (rows.length === 0) return { checked, break: null };
    const events = rows.map((row) => ({ ...row, ts: row.ts.toISOString() }));
    const found = findChainBreak(key, events, cursor);
    if (found) return { checked: checked + Math.max(0, found.seq - cursor.seq - 1), break: found };
    checked += rows.length;
    const lastRow = rows[rows.length - 1];
    cursor = { seq: lastRow.seq, hash: lastRow.hash };
    if (rows.length < batchSize) return { checked, break: null };
  }
}
