/**
 * One structured time limit of a task, exactly as spec/plan-extraction.md defines it.
 * A local copy so that milestone derivation does not wait for the parser's types;
 * the two are structurally identical and will be unified.
 */
export type ScheduleItem =
  | { type: "deadline"; due: string; action?: string }
  | { type: "window"; start: string; end: string; action?: string }
  | { type: "recurring"; every: "month" | "quarter" | "half-year" | "year"; start?: string; end?: string; action?: string }
  | { type: "ongoing"; action?: string }
  | { type: "event"; name: string; date: string | null; action?: string }
  | { type: "external"; by: string; action?: string };

/** How often something recurs or is reported. */
export type Cycle = "month" | "quarter" | "half-year" | "year";
