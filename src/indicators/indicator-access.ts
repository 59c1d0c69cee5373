import type { DbOrTx } from "../db/client";
import { notFound } from "../errors/app-error";
import type { SessionUser } from "../server/context";
import { requireVisiblePlan, type PlanRow } from "../supervision/plan-lookup";
import { viewerOf } from "../supervision/viewer";
import { findIndicator, type IndicatorWithUnit } from "./indicator.repository";

/** An indicator the user may read, with its plan (404 when missing or out of scope, like any record). */
export async function requireVisibleIndicator(db: DbOrTx, user: SessionUser, id: string): Promise<{ indicator: IndicatorWithUnit; plan: PlanRow }> {
  const indicator = await findIndicator(db, id);
  if (!indicator) throw notFound("指标", "Indicator");
  try {
    return { indicator, plan: await requireVisiblePlan(db, viewerOf(user), indicator.planId) };
  } catch {
    throw notFound("指标", "Indicator");
  }
}

/** The office enters values for any indicator of a plan it sees; a liaison only for its unit's indicators. */
export function canEnterValues(user: SessionUser, indicator: IndicatorWithUnit): boolean {
  if (user.roles.includes("office")) return true;
  return user.unitId !== null && indicator.responsibleUnitId === user.unitId;
}
