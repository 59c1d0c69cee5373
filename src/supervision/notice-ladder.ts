import { addDays } from "./dates";

/**
 * The 黄 / 橙 / 红 ladder of 催办 and 督办单 (documented in API.md):
 * 1. base level by days overdue: ≤ 15 (or not yet overdue) yellow, 16–30 orange, > 30 red;
 * 2. each earlier notice on the same task and unit raises the level one step (capped at red);
 * 3. yellow is a 催办 (reminder), orange and red a 督办单 (supervision notice);
 * 4. the unit answers within 10 (yellow), 7 (orange) or 5 (red) calendar days.
 */
export const NOTICE_LEVELS = ["yellow", "orange", "red"] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];
export type NoticeKind = "reminder" | "supervision";

export const LADDER = {
  orangeAfterDays: 15,
  redAfterDays: 30,
  responseDays: { yellow: 10, orange: 7, red: 5 } as Record<NoticeLevel, number>,
};

export interface LadderStep {
  kind: NoticeKind;
  level: NoticeLevel;
  responseDue: string;
}

export function ladderStep(daysOverdue: number, priorNotices: number, issuedOn: string): LadderStep {
  const base = daysOverdue > LADDER.redAfterDays ? 2 : daysOverdue > LADDER.orangeAfterDays ? 1 : 0;
  return stepAtLevel(NOTICE_LEVELS[Math.min(2, base + Math.max(0, priorNotices))], issuedOn);
}

/** Kind and response deadline follow the level, whether the ladder chose it or the office did. */
export function stepAtLevel(level: NoticeLevel, issuedOn: string): LadderStep {
  return {
    kind: level === "yellow" ? "reminder" : "supervision",
    level,
    responseDue: addDays(issuedOn, LADDER.responseDays[level]),
  };
}
