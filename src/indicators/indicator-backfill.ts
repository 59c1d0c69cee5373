import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { plans } from "../db/schema/index";
import type { Indicator, PlanExtraction } from "../plans/extraction/types";
import { createIndicatorsForPlan } from "./create-indicators";
import { countPlanIndicators } from "./indicator.repository";

interface PlanForBackfill {
  id: string;
  regionCode: string;
  periodStart: number;
  periodEnd: number;
}

function extractedIndicators(extraction: unknown): Indicator[] {
  const list = (extraction as Partial<PlanExtraction> | null)?.indicators;
  return Array.isArray(list) ? list : [];
}

/**
 * Plans imported before indicators existed keep their parsed table in `plans.extraction`: the
 * first read of a plan's indicators creates them (lazy backfill). Idempotent and race-safe: the
 * insert skips rows that a concurrent request has just created.
 */
export async function ensurePlanIndicators(db: DbOrTx, plan: PlanForBackfill, now: Date): Promise<number> {
  if ((await countPlanIndicators(db, plan.regionCode, plan.id)) > 0) return 0;
  const rows = await db.select({ extraction: plans.extraction }).from(plans).where(eq(plans.id, plan.id)).limit(1);
  const parsed = extractedIndicators(rows[0]?.extraction);
  if (parsed.length === 0) return 0;
  return createIndicatorsForPlan(db, plan.regionCode, plan.id, parsed, { start: plan.periodStart, end: plan.periodEnd }, now);
}

/** Backfills every plan at once (demo loader, maintenance); returns how many indicators were created. */
export async function backfillAllPlanIndicators(db: DbOrTx, now: Date): Promise<number> {
  const all = await db.select({ id: plans.id, regionCode: plans.regionCode, periodStart: plans.periodStart, periodEnd: plans.periodEnd }).from(plans);
  let created = 0;
  for (const plan of all) created += await ensurePlanIndicators(db, plan, now);
  return created;
}
