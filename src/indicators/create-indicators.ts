import type { DbOrTx } from "../db/client";
import type { Indicator } from "../plans/extraction/types";
import { indicatorFromExtraction } from "./indicator-defaults";
import { insertIndicators } from "./indicator.repository";

/**
 * Creates the plan's indicators from its main-indicator table, in the import's transaction, so a
 * plan is never imported without them. Returns how many were created.
 */
export async function createIndicatorsForPlan(
  tx: DbOrTx,
  regionCode: string,
  planId: string,
  indicators: readonly Indicator[],
  period: { start: number; end: number },
  now: Date,
): Promise<number> {
  const rows = indicators
    .filter((indicator) => typeof indicator.name === "string" && indicator.name.trim() !== "")
    .map((indicator, seq) => indicatorFromExtraction(indicator, seq, { regionCode, planId }, period, now));
  return insertIndicators(tx, rows);
}
