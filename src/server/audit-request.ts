import type { FastifyRequest } from "fastify";
import { appendAuditEvent, type AuditInput } from "../audit/audit.repository";
import type { DbOrTx, Transaction } from "../db/client";

export type RequestAuditInput = Omit<AuditInput, "ts" | "actorId" | "actorName" | "actorRole" | "sourceIp" | "requestId">;

/** Fills the actor, time, source IP and request id of an audit event from the request. */
export function auditFromRequest(request: FastifyRequest, input: RequestAuditInput): AuditInput {
  const user = request.user;
  return {
    ts: request.server.ctx.clock.now(),
    actorId: user?.id ?? null,
    actorName: user?.username ?? null,
    actorRole: user?.roles.join(",") ?? null,
    sourceIp: request.ip,
    requestId: request.id,
    regionCode: input.regionCode ?? user?.regionCode ?? null,
    ...input,
  };
}

export async function audit(tx: DbOrTx, request: FastifyRequest, input: RequestAuditInput): Promise<void> {
  await appendAuditEvent(tx, request.server.ctx.secretKey, auditFromRequest(request, input));
}

/** Denied requests are audited in their own transaction, since the request itself changes nothing. */
export async function auditDenied(request: FastifyRequest, reason: string): Promise<void> {
  await request.server.ctx.db.transaction(async (tx) => {
    await audit(tx, request, {
      action: `${request.method} ${request.routeOptions.url ?? request.url}`,
      outcome: "denied",
      detail: { reason },
    });
  });
}

/**
 * Runs a mutating request in one transaction; the handler records its audit events through `record`
 * inside that same transaction, so a failed audit write rolls the business write back (fail closed).
 */
export async function writeTransaction<T>(
  request: FastifyRequest,
  work: (tx: Transaction, record: (input: RequestAuditInput) => Promise<void>) => Promise<T>,
): Promise<T> {
  return request.server.ctx.db.transaction(async (tx) => work(tx, (input) => audit(tx, request, input)));
}
