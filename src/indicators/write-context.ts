import type { Transaction } from "../db/client";
import type { RequestAuditInput } from "../server/audit-request";
import type { SessionUser } from "../server/context";

/** What a write service gets from its route: the transaction, the audit recorder, the user and the time. */
export interface WriteContext {
  tx: Transaction;
  record: (input: RequestAuditInput) => Promise<void>;
  user: SessionUser;
  now: Date;
}
