/** What produced a milestone: a deadline, the end of a window, one period of a recurring item, an event day, or the plan's reporting cycle. */
export type MilestoneKind = "deadline" | "window-end" | "period" | "event" | "cycle";

/** A dated checkpoint derived from a task's schedule. */
export interface Milestone {
  /** YYYY-MM-DD. */
  due: string;
  kind: MilestoneKind;
  /** Chinese label shown to units, e.g. "2017年第2季度报告", "截止：出台具体政策措施". */
  label: string;
  /** Index of the schedule item it came from; -1 when the task has no items and the reporting cycle applies. */
  sourceIndex: number;
}
