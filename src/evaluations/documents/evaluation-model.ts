import { z } from "zod";

/**
 * The plain input of the evaluation report generator: everything the .docx, .pdf and .xlsx
 * print, already computed by the services. Nothing here touches the database.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** A task's rating by the evaluator. */
export const taskRatingSchema = z.enum(["completed", "basically-completed", "not-completed"]);

/** Mid-term, final, or the annual review of one year. */
export const evaluationKindSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("mid-term") }),
  z.object({ type: z.literal("final") }),
  z.object({ type: z.literal("annual"), year: z.number().int() }),
]);

/** One row of the completion-by-unit table; the rate is a share (0..1). */
export const unitCompletionSchema = z.object({
  unit: z.string().min(1),
  tasks: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  basicallyCompleted: z.number().int().nonnegative(),
  notCompleted: z.number().int().nonnegative(),
  completionRate: z.number().min(0).max(1),
});

/** One row of the indicator table; figures in the indicator's unit (per cent for rates). */
export const indicatorRowSchema = z.object({
  name: z.string().min(1),
  attribute: z.enum(["binding", "expected"]).nullable(),
  targetText: z.string(),
  unit: z.string().nullable(),
  baseline: z.object({ value: z.number(), year: z.number().int() }).nullable(),
  actual: z.number().nullable(),
  status: z.enum(["met", "on-track", "behind", "no-data"]),
  /** Why there is no status, in words (e.g. the target is text only). */
  note: z.string().optional(),
});

/** A task whose milestone passed without an accepted report. */
export const overdueRowSchema = z.object({
  taskNo: z.string(),
  task: z.string().min(1),
  unit: z.string().min(1),
  milestoneDue: isoDate,
  daysOverdue: z.number().int().nonnegative(),
});

/** The evaluator's finding on one task. */
export const taskFindingSchema = z.object({
  taskNo: z.string(),
  task: z.string().min(1),
  units: z.string(),
  rating: taskRatingSchema,
  comment: z.string(),
});

/** The whole input of the evaluation report generator. */
export const evaluationReportSchema = z.object({
  plan: z.object({
    title: z.string().min(1),
    region: z.object({ code: z.string(), name: z.string().min(1) }),
    period: z.object({ start: z.number().int(), end: z.number().int() }),
    docNumber: z.string().nullable(),
  }),
  kind: evaluationKindSchema,
  evaluator: z.object({ name: z.string().min(1), date: isoDate }),
  summary: z.object({
    tasksTotal: z.number().int().nonnegative(),
    completed: z.number().int().nonnegative(),
    basicallyCompleted: z.number().int().nonnegative(),
    notCompleted: z.number().int().nonnegative(),
    /** Share (0..1) of tasks rated 完成. */
    completionRate: z.number().min(0).max(1),
  }),
  units: z.array(unitCompletionSchema),
  indicators: z.array(indicatorRowSchema),
  overdue: z.array(overdueRowSchema),
  findings: z.array(taskFindingSchema),
  /** The overall findings; paragraphs separated by blank lines. */
  overall: z.string(),
});

export type TaskRating = z.infer<typeof taskRatingSchema>;
export type EvaluationKind = z.infer<typeof evaluationKindSchema>;
export type UnitCompletion = z.infer<typeof unitCompletionSchema>;
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;
export type OverdueRow = z.infer<typeof overdueRowSchema>;
export type TaskFinding = z.infer<typeof taskFindingSchema>;
export type EvaluationReport = z.infer<typeof evaluationReportSchema>;

/** Chinese labels of the ratings. */
export const RATING_LABELS: Record<TaskRating, string> = {
  completed: "完成",
  "basically-completed": "基本完成",
  "not-completed": "未完成",
};

/** Chinese labels of the indicator states, as the reports print them. */
export const INDICATOR_STATUS_LABELS: Record<IndicatorRow["status"], string> = {
  met: "已达标",
  "on-track": "符合序时进度",
  behind: "滞后",
  "no-data": "无法判断",
};

/** Chinese labels of the attributes. */
export const ATTRIBUTE_LABELS = { binding: "约束性", expected: "预期性" } as const;

/** The name of the evaluation kind: 中期评估, 终期评估 or 2019年度检查. */
export function kindLabel(kind: EvaluationKind): string {
  if (kind.type === "mid-term") return "中期评估";
  if (kind.type === "final") return "终期评估";
  return `${kind.year}年度检查`;
}

/** Summary and completion-by-unit figures from the findings (a unit counts every task it leads or shares). */
export function summariseFindings(findings: readonly TaskFinding[], unitsOf: (f: TaskFinding) => readonly string[]): Pick<EvaluationReport, "summary" | "units"> {
  const count = (rows: readonly TaskFinding[]) => {
    const completed = rows.filter((f) => f.rating === "completed").length;
    const basicallyCompleted = rows.filter((f) => f.rating === "basically-completed").length;
    return {
      completed,
      basicallyCompleted,
      notCompleted: rows.length - completed - basicallyCompleted,
      completionRate: rows.length === 0 ? 0 : completed / rows.length,
    };
  };
  const byUnit = new Map<string, TaskFinding[]>();
  for (const f of findings) for (const u of unitsOf(f)) byUnit.set(u, [...(byUnit.get(u) ?? []), f]);
  return {
    summary: { tasksTotal: findings.length, ...count(findings) },
    units: [...byUnit].map(([unit, rows]) => ({ unit, tasks: rows.length, ...count(rows) })),
  };
}
