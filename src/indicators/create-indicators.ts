import type { DbOrTx } from "../db/client";
import type { Indicator } from "../plans/extraction/types";

/**
 * Creates the plan's indicators from its main-indicator table, in the import's transaction.
 * (Implemented by the indicators feature.)
 */
export async function createIndicatorsForPlan(
  _tx: DbOrTx,
  _regionCode: string,
  _planId: string,
  _indicators: readonly Indicator[],
  _period: { start: number; end: number },
  _now: Date,
): Promise<number> {
  return 0;
}
