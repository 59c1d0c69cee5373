import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { plans, regions } from "../db/schema/index";
import { notFound } from "../errors/app-error";
import { sql } from "drizzle-orm";
import { isInRegionScope } from "../regions/region-scope";
import type { Viewer } from "./viewer";
import { queryRows } from "./sql-rows";

export type PlanRow = Pick<typeof plans.$inferSelect, "id" | "regionCode" | "title" | "warningDays" | "reportingCycle" | "status" | "periodStart" | "periodEnd">;

const planColumns = {
  id: plans.id,
  regionCode: plans.regionCode,
  title: plans.title,
  warningDays: plans.warningDays,
  reportingCycle: plans.reportingCycle,
  status: plans.status,
  periodStart: plans.periodStart,
  periodEnd: plans.periodEnd,
};

/** A plan the viewer may read (region subtree, or a liaison whose unit has a task in it); else 404. */
export async function requireVisiblePlan(db: DbOrTx, viewer: Viewer, planId: string): Promise<PlanRow> {
  const rows = await db.select(planColumns).from(plans).where(eq(plans.id, planId)).limit(1);
  const plan = rows[0];
  if (plan) {
    if (viewer.kind === "region" && isInRegionScope(viewer.regionCode, plan.regionCode) && (viewer.planId === null || viewer.planId === plan.id)) return plan;
    if (viewer.kind === "unit" && viewer.unitId) {
      const found = await queryRows<{ one: number }>(
        db,
        sql`SELECT 1 AS one FROM task_units tu JOIN tasks t ON t.region_code = tu.region_code AND t.id = tu.task_id
            WHERE tu.region_code = ${plan.regionCode} AND t.plan_id = ${plan.id} AND tu.unit_id = ${viewer.unitId} LIMIT 1`,
      );
      if (found.length > 0) return plan;
    }
  }
  throw notFound("规划", "Plan");
}

export async function planTitles(db: DbOrTx, ids: string[]): Promise<Map<string, PlanRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(planColumns).from(plans).where(inArray(plans.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function childRegions(db: DbOrTx, code: string) {
  return db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.parentCode, code));
}

export async function regionName(db: DbOrTx, code: string): Promise<string | null> {
  const rows = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).limit(1);
  return rows[0]?.name ?? null;
}
