import { sql } from "drizzle-orm";
import { bytea } from "./column-types";
import { bigint, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

/** A set of date ranges (PostgreSQL 14+ datemultirange), kept in its canonical text form. */
const dateMultirange = customType<{ data: string; driverData: string }>({ dataType: () => "datemultirange" });

/**
 * A unit's progress report on a task for one milestone. The lead's report consolidates the
 * partners' and is what the office reviews. Life cycle: draft → submitted → accepted | returned → locked.
 */
export const reports = pgTable(
  "reports",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    planId: uuid("plan_id").notNull(),
    taskId: uuid("task_id").notNull(),
    milestoneId: uuid("milestone_id").notNull(),
    due: date("due").notNull(),
    unitId: uuid("unit_id").notNull(),
    role: text("role", { enum: ["lead", "partner"] }).notNull(),
    progress: text("progress", { enum: ["not-started", "in-progress", "done", "blocked"] }).notNull().default("not-started"),
    narrative: text("narrative").notNull().default(""),
    figures: jsonb("figures").notNull().default(sql`'{}'::jsonb`),
    state: text("state", { enum: ["draft", "submitted", "accepted", "returned", "locked"] }).notNull().default("draft"),
    isFinal: integer("is_final").notNull().default(0),
    returnReason: text("return_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }),
    reviewedBy: uuid("reviewed_by"),
    /** Calendar day (China time) of the acceptance in force; null while not accepted. Lights read it "as of" a date. */
    acceptedOn: date("accepted_on"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("reports_id_uq").on(t.id),
    uniqueIndex("reports_milestone_unit_uq").on(t.regionCode, t.milestoneId, t.unitId),
    index("reports_unit_due_idx").on(t.regionCode, t.unitId, t.due),
    index("reports_plan_due_idx").on(t.regionCode, t.planId, t.due),
    index("reports_region_due_idx").on(t.regionCode, t.due),
    index("reports_review_idx").on(t.regionCode, t.submittedAt).where(sql`${t.state} = 'submitted' AND ${t.role} = 'lead'`),
  ],
);

/**
 * Light facts of one unit on one task, derived from its reports and refreshed in the same
 * transaction as every report change: the days on which it is red or yellow as date multiranges,
 * so that the light "as of" any date is a containment test per row instead of a scan of reports.
 */
export const taskUnitLights = pgTable(
  "task_unit_lights",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    taskId: uuid("task_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    planId: uuid("plan_id").notNull(),
    role: text("role", { enum: ["lead", "partner"] }).notNull(),
    /** First day the task is no longer grey (first milestone minus the warning window); null without milestones. */
    activeFrom: date("active_from"),
    /** Day the final report was accepted. */
    doneOn: date("done_on"),
    red: dateMultirange("red").notNull(),
    yellow: dateMultirange("yellow").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.taskId, t.unitId] }),
    index("task_unit_lights_plan_idx").on(t.regionCode, t.planId),
    index("task_unit_lights_unit_idx").on(t.regionCode, t.unitId),
  ],
);

/** Evidence attached to a report: stored under a random id with its SHA-256; the name is metadata only. */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    reportId: uuid("report_id").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    content: bytea("content").notNull(),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true, mode: "date" }).notNull(),
    uploadedBy: uuid("uploaded_by"),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), uniqueIndex("evidence_id_uq").on(t.id), index("evidence_report_idx").on(t.regionCode, t.reportId)],
);

/** 催办 (reminder) or 督办单 (supervision notice) to a unit about a task, on a 黄/橙/红 ladder. */
export const notices = pgTable(
  "notices",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    planId: uuid("plan_id").notNull(),
    taskId: uuid("task_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    milestoneId: uuid("milestone_id"),
    kind: text("kind", { enum: ["reminder", "supervision"] }).notNull(),
    level: text("level", { enum: ["yellow", "orange", "red"] }).notNull(),
    message: text("message").notNull(),
    responseDue: date("response_due").notNull(),
    state: text("state", { enum: ["open", "responded", "closed"] }).notNull().default("open"),
    response: text("response"),
    respondedAt: timestamp("responded_at", { withTimezone: true, mode: "date" }),
    respondedBy: uuid("responded_by"),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
    closedBy: uuid("closed_by"),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
    issuedBy: uuid("issued_by"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("notices_id_uq").on(t.id),
    index("notices_unit_state_idx").on(t.regionCode, t.unitId, t.state),
    index("notices_task_idx").on(t.regionCode, t.taskId),
  ],
);
