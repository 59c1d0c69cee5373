import type { ScheduleItem } from "../extraction/types";

/** One structured time limit of a task (spec/plan-extraction.md); defined once, by the parser's types. */
export type { ScheduleItem };

/** How often something recurs or is reported. */
export type Cycle = Extract<ScheduleItem, { type: "recurring" }>["every"];
