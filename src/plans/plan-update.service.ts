import { randomUUID } from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import { stateDigest } from "../audit/audit-chain";
import type { Transaction } from "../db/client";
import { reports } from "../db/schema/index";
import { notFound } from "../errors/app-error";
import { isInRegionScope } from "../regions/region-scope";
import type { RequestAuditInput } from "../server/audit-request";
import { versionConflict } from "../server/if-match";
import { openReportsForPlan } from "../supervision/open-reports";
import { refreshPlanLights } from "../supervision/light-facts";
import type { ScheduleItem } from "./extraction/index";
import { milestonesForTask, parentNumbers } from "./import/task-milestones";
import {
  deleteMilestones,
  findPlan,
  insertMilestones,
  listPlanMilestones,
  listPlanTasks,
  updatePlanIfVersion,
  type MilestoneRow,
  type NewMilestone,
  type PlanRow,
  type TaskRow,
} from "./plan.repository";
import type { PlanUpdateDto } from "./plan.schemas";

export interface PlanUpdateActor {
  userId: string;
  scopeCode: string;
  now: Date;
  record: (input: RequestAuditInput) => Promise<void>;
  findEditor: (plan: PlanRow) => Promise<string | null>;
}

/**
 * Changes a plan's settings on the version the client saw. When the reporting cycle changes,
 * the cycle milestones of ongoing tasks are derived again in the same transaction; a milestone
 * that already has a submitted or reviewed report is kept, since that report is history.
 */
export async function updatePlanSettings(tx: Transaction, planId: string, version: number, patch: PlanUpdateDto, actor: PlanUpdateActor): Promise<PlanRow> {
  const before = await findPlan(tx, planId);
  if (!before || !isInRegionScope(actor.scopeCode, before.regionCode)) throw notFound("规划", "Plan");
  const updated = await updatePlanIfVersion(tx, planId, version, { ...patch, updatedAt: actor.now, updatedBy: actor.userId });
  if (!updated) throw versionConflict(await actor.findEditor(before), before.updatedAt);
  let rederived = 0;
  if (patch.reportingCycle && patch.reportingCycle !== before.reportingCycle) {
    rederived = await rederiveCycleMilestones(tx, updated);
    await openReportsForPlan(tx, updated.regionCode, updated.id, actor.now);
  } else if (patch.warningDays !== undefined && patch.warningDays !== before.warningDays) {
    // Yellow starts `warningDays` before a due date: the stored light spans move with it.
    await refreshPlanLights(tx, updated.regionCode, updated.id);
  }
  const digest = (row: PlanRow) => stateDigest({ ...row, extraction: null });
  await actor.record({
    action: "plan.update",
    objectType: "plan",
    objectId: updated.id,
    outcome: "success",
    regionCode: updated.regionCode,
    beforeDigest: digest(before),
    afterDigest: digest(updated),
    detail: { fields: Object.keys(patch), milestonesRederived: rederived },
  });
  return updated;
}

/** Replaces the reporting-cycle milestones of every task that has them; returns how many tasks changed. */
async function rederiveCycleMilestones(tx: Transaction, plan: PlanRow): Promise<number> {
  const taskRows = await listPlanTasks(tx, plan.regionCode, plan.id);
  const existing = await listPlanMilestones(tx, plan.regionCode, plan.id);
  const cycleByTask = new Map<string, MilestoneRow[]>();
  for (const milestone of existing) {
    if (milestone.kind !== "cycle") continue;
    cycleByTask.set(milestone.taskId, [...(cycleByTask.get(milestone.taskId) ?? []), milestone]);
  }
  const cycleIds = [...cycleByTask.values()].flat().map((milestone) => milestone.id);
  const kept = new Set(await milestonesWithReviewedReports(tx, plan.regionCode, cycleIds));
  const removable = cycleIds.filter((id) => !kept.has(id));
  if (removable.length > 0) {
    await tx.delete(reports).where(and(eq(reports.regionCode, plan.regionCode), inArray(reports.milestoneId, removable), eq(reports.state, "draft")));
    await deleteMilestones(tx, plan.regionCode, removable);
  }

  const parents = parentNumbers(taskRows.map((task: TaskRow) => ({ parent: task.parentNo })));
  const fresh: NewMilestone[] = [];
  let changed = 0;
  for (const task of taskRows) {
    const before = cycleByTask.get(task.id);
    if (!before) continue;
    changed++;
    const keptDates = new Set(before.filter((milestone) => kept.has(milestone.id)).map((milestone) => milestone.due));
    const derived = milestonesForTask(task.scheduleItems as ScheduleItem[], parents.has(task.no), plan);
    for (const milestone of derived) {
      if (milestone.kind !== "cycle" || keptDates.has(milestone.due)) continue;
      fresh.push({ regionCode: plan.regionCode, id: randomUUID(), planId: plan.id, taskId: task.id, ...milestone });
    }
  }
  await insertMilestones(tx, fresh);
  return changed;
}

async function milestonesWithReviewedReports(tx: Transaction, regionCode: string, milestoneIds: string[]): Promise<string[]> {
  if (milestoneIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ milestoneId: reports.milestoneId })
    .from(reports)
    .where(and(eq(reports.regionCode, regionCode), inArray(reports.milestoneId, milestoneIds), ne(reports.state, "draft")));
  return rows.map((row) => row.milestoneId);
}
