import type { DbOrTx } from "../db/client";

/**
 * Opens a draft report for the lead unit and one for each partner unit of every milestone of a
 * plan that has none yet. Called by the plan import in its transaction. (Implemented by the
 * supervision feature.)
 */
export async function openReportsForPlan(_tx: DbOrTx, _regionCode: string, _planId: string, _now: Date): Promise<number> {
  return 0;
}
