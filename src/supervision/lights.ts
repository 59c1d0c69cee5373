import { addDays } from "./dates";

/**
 * Status lights, derived and never typed by hand (DESIGN.md "Core model"). This is the rule the
 * SQL light facts (light-facts.ts) must reproduce; lights.test.ts and the API tests check both.
 */
export const LIGHTS = ["done", "green", "yellow", "red", "grey"] as const;
export type Light = (typeof LIGHTS)[number];

export interface MilestoneStatus {
  due: string;
  /** Day the report in force was accepted; null while not accepted. */
  acceptedOn: string | null;
  isFinal: boolean;
}

export function isAcceptedBy(milestone: MilestoneStatus, asOf: string): boolean {
  return milestone.acceptedOn !== null && milestone.acceptedOn <= asOf;
}

/**
 * The light of one unit (or of a task, through its lead unit) as of a day:
 * done (final report accepted) > red (a milestone passed without an accepted report) >
 * yellow (one due within the warning window without one) > grey (nothing due yet) / green.
 */
export function lightAsOf(milestones: readonly MilestoneStatus[], asOf: string, warningDays: number): Light {
  if (milestones.some((m) => m.isFinal && isAcceptedBy(m, asOf))) return "done";
  if (milestones.some((m) => m.due < asOf && !isAcceptedBy(m, asOf))) return "red";
  const windowEnd = addDays(asOf, warningDays);
  if (milestones.some((m) => m.due >= asOf && m.due <= windowEnd && !isAcceptedBy(m, asOf))) return "yellow";
  if (milestones.length === 0) return "grey";
  const firstDue = milestones.reduce((min, m) => (m.due < min ? m.due : min), milestones[0].due);
  return asOf < addDays(firstDue, -warningDays) ? "grey" : "green";
}

/** The light of one milestone on a timeline: done when accepted, else red if past, yellow if in the window, grey. */
export function milestoneLight(milestone: MilestoneStatus, asOf: string, warningDays: number): Light {
  if (isAcceptedBy(milestone, asOf)) return "done";
  if (milestone.due < asOf) return "red";
  if (milestone.due <= addDays(asOf, warningDays)) return "yellow";
  return "grey";
}

export type LightCounts = Record<Light, number> & { total: number };

export function emptyCounts(): LightCounts {
  return { done: 0, green: 0, yellow: 0, red: 0, grey: 0, total: 0 };
}

export function addCount(counts: LightCounts, light: Light, n = 1): void {
  counts[light] += n;
  counts.total += n;
}

/** The light of a whole (plan, region) from its tasks' lights: the worst that is present. */
export function worstLight(counts: LightCounts): Light {
  if (counts.total === 0) return "grey";
  if (counts.red > 0) return "red";
  if (counts.yellow > 0) return "yellow";
  if (counts.done === counts.total) return "done";
  if (counts.green > 0 || counts.done > 0) return "green";
  return "grey";
}

/**
 * The light facts of one unit on one task: the day ranges [from, to) on which it is red or yellow
 * (to = null: unbounded), the day it becomes done, and the day it stops being grey. Evaluating them
 * with `lightFromFacts` equals `lightAsOf` for every day; the SQL in light-facts.ts builds the same.
 */
export interface LightFacts {
  activeFrom: string | null;
  doneOn: string | null;
  red: DayRange[];
  yellow: DayRange[];
}
export type DayRange = [from: string, to: string | null];

export function factsOf(milestones: readonly MilestoneStatus[], warningDays: number): LightFacts {
  const red: DayRange[] = [];
  const yellow: DayRange[] = [];
  let doneOn: string | null = null;
  let firstDue: string | null = null;
  for (const m of milestones) {
    if (firstDue === null || m.due < firstDue) firstDue = m.due;
    if (m.isFinal && m.acceptedOn !== null && (doneOn === null || m.acceptedOn < doneOn)) doneOn = m.acceptedOn;
    const redFrom = addDays(m.due, 1);
    if (m.acceptedOn === null || m.acceptedOn > redFrom) red.push([redFrom, m.acceptedOn]);
    const yellowFrom = addDays(m.due, -warningDays);
    const yellowTo = m.acceptedOn !== null && m.acceptedOn < redFrom ? m.acceptedOn : redFrom;
    if (yellowTo > yellowFrom) yellow.push([yellowFrom, yellowTo]);
  }
  return { activeFrom: firstDue === null ? null : addDays(firstDue, -warningDays), doneOn, red, yellow };
}

function inRanges(ranges: readonly DayRange[], day: string): boolean {
  return ranges.some(([from, to]) => day >= from && (to === null || day < to));
}

export function lightFromFacts(facts: LightFacts, asOf: string): Light {
  if (facts.doneOn !== null && facts.doneOn <= asOf) return "done";
  if (inRanges(facts.red, asOf)) return "red";
  if (inRanges(facts.yellow, asOf)) return "yellow";
  if (facts.activeFrom === null || asOf < facts.activeFrom) return "grey";
  return "green";
}
