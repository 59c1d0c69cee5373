import { date, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

/**
 * A mid-term or final evaluation of a plan, or the annual review (年度检查) of one year. The
 * evaluating body is an organisation (e.g. a third-party institute), never a person's name, because
 * it is printed on the published report.
 */
export const evaluations = pgTable(
  "evaluations",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    planId: uuid("plan_id").notNull(),
    kind: text("kind", { enum: ["mid-term", "final", "annual"] }).notNull(),
    /** The reviewed year of an annual review; null otherwise. */
    year: integer("year"),
    /** The evaluation date: lights, overdue lists and indicator years are taken as of this day. */
    asOf: date("as_of").notNull(),
    evaluatorOrg: text("evaluator_org").notNull(),
    overall: text("overall").notNull().default(""),
    state: text("state", { enum: ["draft", "published"] }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    createdBy: uuid("created_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), uniqueIndex("evaluations_id_uq").on(t.id)],
);

/** The evaluator's rating of one task (完成 / 基本完成 / 未完成) with a comment. */
export const evaluationTaskScores = pgTable(
  "evaluation_task_scores",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    evaluationId: uuid("evaluation_id").notNull(),
    taskId: uuid("task_id").notNull(),
    rating: text("rating", { enum: ["completed", "basically-completed", "not-completed"] }).notNull(),
    comment: text("comment").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.evaluationId, t.taskId] })],
);

/** The evaluator's rating of one indicator, with a comment printed beside it in the report. */
export const evaluationIndicatorScores = pgTable(
  "evaluation_indicator_scores",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    evaluationId: uuid("evaluation_id").notNull(),
    indicatorId: uuid("indicator_id").notNull(),
    rating: text("rating", { enum: ["completed", "basically-completed", "not-completed"] }).notNull(),
    comment: text("comment").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.evaluationId, t.indicatorId] })],
);
