import { deriveMilestones, type Cycle, type Milestone } from "../schedule/index";
import type { ScheduleItem } from "../extraction/index";

export interface PlanPeriod {
  periodStart: number;
  periodEnd: number;
  reportingCycle: Cycle;
}

/**
 * Milestones of one task row. A row with children (003's project rows) gets none: its sub-items
 * carry the schedules, and reporting on the project as well would double every unit's work.
 */
export function milestonesForTask(items: readonly ScheduleItem[], hasChildren: boolean, period: PlanPeriod): Milestone[] {
  if (hasChildren) return [];
  return deriveMilestones(items, {
    periodStart: `${period.periodStart}-01-01`,
    periodEnd: `${period.periodEnd}-12-31`,
    reportingCycle: period.reportingCycle,
  });
}

/** Task numbers that some other row names as its parent. */
export function parentNumbers(rows: readonly { parent: string | null }[]): Set<string> {
  return new Set(rows.flatMap((row) => (row.parent === null ? [] : [row.parent])));
}
