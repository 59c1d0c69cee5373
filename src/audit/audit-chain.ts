import { createHash, createHmac } from "node:crypto";

/** The fields that the chain covers, in a fixed order. */
export interface ChainedEvent {
  seq: number;
  ts: string;
  regionCode: string | null;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  sourceIp: string | null;
  requestId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: unknown;
}

export const GENESIS_HASH = "0".repeat(64);

/** HMAC-SM3 (GB/T 39786 宜: integrity by a commercial algorithm) over the previous hash and the event. */
export function chainHash(key: Buffer, prevHash: string, event: ChainedEvent): string {
  return createHmac("sm3", key).update(prevHash).update("\n").update(canonicalJson(event)).digest("hex");
}

/** A digest of a record's state, for before/after columns: never the record itself. */
export function stateDigest(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return createHash("sm3").update(canonicalJson(value)).digest("hex");
}

/** JSON with object keys sorted, so that the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export interface ChainBreak {
  seq: number;
  reason: "altered" | "missing" | "out-of-order";
}

/** Walks events in seq order and reports the first one that does not fit the chain. */
export function findChainBreak(
  key: Buffer,
  events: Iterable<ChainedEvent & { prevHash: string; hash: string }>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  for (const event of events) {
    if (event.seq !== expectedSeq) return { seq: expectedSeq, reason: "missing" };
    if (event.prevHash !== prev) return { seq: event.seq, reason: "altered" };
    const { prevHash: _p, hash, ...fields } = event;
    if (chainHash(key, prev, fields) !== hash) return { seq: event.seq, reason: "altered" };
    prev = hash;
    expectedSeq++;
  }
  return null;
}
