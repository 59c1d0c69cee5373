// Public surface of schedule resolution: milestones from a task's schedule items.
export type { Cycle, ScheduleItem } from "./schedule-item";
export type { Milestone, MilestoneKind } from "./milestone";
export { deriveMilestones, NO_SOURCE_ITEM, type MilestoneContext } from "./derive-milestones";
export { namedDayDate, NAMED_DAYS } from "./named-days";
export { periodEnds, periodName } from "./period-ends";
