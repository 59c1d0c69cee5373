import { parseIsoDate } from "./calendar-date";
import type { Milestone } from "./milestone";
import { findNamedDay, namedDayDate } from "./named-days";
import { periodEnds, periodName } from "./period-ends";
import type { Cycle, ScheduleItem } from "./schedule-item";

/** The plan a task belongs to: its period and how often units report on open-ended work. */
export interface MilestoneContext {
  /** YYYY-MM-DD, first day of the plan period. */
  periodStart: string;
  /** YYYY-MM-DD, last day of the plan period. */
  periodEnd: string;
  /** Reporting cycle for ongoing tasks and tasks without a schedule; defaults to "quarter". */
  reportingCycle?: Cycle;
}

/** Index used for milestones that no schedule item produced (a task with no items). */
export const NO_SOURCE_ITEM = -1;

/**
 * Dated checkpoints for one task's schedule, sorted by due date and deduplicated by (due, kind).
 * Items whose dates are not real calendar days yield nothing rather than a wrong date,
 * and external items yield nothing until the office sets a date.
 */
export function deriveMilestones(items: readonly ScheduleItem[], context: MilestoneContext): Milestone[] {
  const cycle = context.reportingCycle ?? "quarter";
  const produced: Milestone[] =
    items.length === 0
      ? reportingCycleMilestones(cycle, context, NO_SOURCE_ITEM)
      : items.flatMap((item, index) => milestonesOfItem(item, index, context, cycle));
  return sortAndDeduplicate(produced);
}

function milestonesOfItem(item: ScheduleItem, sourceIndex: number, context: MilestoneContext, cycle: Cycle): Milestone[] {
  switch (item.type) {
    case "deadline":
      if (!parseIsoDate(item.due)) return [];
      return [{ due: item.due, kind: "deadline", label: item.action ? `截止：${item.action}` : "截止日期", sourceIndex }];
    case "window":
      if (!parseIsoDate(item.end)) return [];
      return [
        {
          due: item.end,
          kind: "window-end",
          label: `${item.action ? `阶段结束：${item.action}` : "阶段结束"}（${item.start}至${item.end}）`,
          sourceIndex,
        },
      ];
    case "recurring":
      return periodEnds(item.every, item.start ?? context.periodStart, item.end ?? context.periodEnd).map((due) => {
        const period = periodName(item.every, parseIsoDate(due)!);
        return { due, kind: "period", label: item.action ? `${period}：${item.action}` : `${period}报告`, sourceIndex };
      });
    case "event":
      return eventMilestones(item, sourceIndex, context);
    case "ongoing":
      return reportingCycleMilestones(cycle, context, sourceIndex);
    case "external":
      return [];
  }
}

function eventMilestones(
  item: Extract<ScheduleItem, { type: "event" }>,
  sourceIndex: number,
  context: MilestoneContext,
): Milestone[] {
  const withAction = (label: string) => (item.action ? `${label}：${item.action}` : label);
  if (item.date !== null) {
    if (!parseIsoDate(item.date)) return [];
    return [{ due: item.date, kind: "event", label: withAction(item.name), sourceIndex }];
  }
  // No date in the document: a known day recurs once a year across the plan period.
  const start = parseIsoDate(context.periodStart);
  const end = parseIsoDate(context.periodEnd);
  if (!start || !end || !findNamedDay(item.name)) return [];
  const milestones: Milestone[] = [];
  for (let year = start.year; year <= end.year; year++) {
    const due = namedDayDate(item.name, year);
    if (due && due >= context.periodStart && due <= context.periodEnd) {
      milestones.push({ due, kind: "event", label: withAction(`${year}年${item.name}`), sourceIndex });
    }
  }
  return milestones;
}

function reportingCycleMilestones(cycle: Cycle, context: MilestoneContext, sourceIndex: number): Milestone[] {
  return periodEnds(cycle, context.periodStart, context.periodEnd).map((due) => ({
    due,
    kind: "cycle",
    label: `${periodName(cycle, parseIsoDate(due)!)}报告`,
    sourceIndex,
  }));
}

// Several items can produce the same checkpoint (two windows ending on one day);
// the first item in document order keeps it.
function sortAndDeduplicate(milestones: Milestone[]): Milestone[] {
  const seen = new Set<string>();
  return milestones
    .filter((milestone) => {
      const key = `${milestone.due}|${milestone.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.sourceIndex - b.sourceIndex));
}
