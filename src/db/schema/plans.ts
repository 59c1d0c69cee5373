import { sql } from "drizzle-orm";
import { bytea } from "./column-types";
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";


/**
 * Tables that grow with the country lead their primary key with the region code, so that they can
 * be partitioned or distributed by it; `id` alone is indexed for lookups from URLs.
 */
export const plans = pgTable(
  "plans",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    title: text("title").notNull(),
    docNumber: text("doc_number"),
    issuer: text("issuer"),
    issuedOn: date("issued_on"),
    planYear: integer("plan_year"),
    periodStart: integer("period_start").notNull(),
    periodEnd: integer("period_end").notNull(),
    status: text("status", { enum: ["draft", "active", "closed"] }).notNull().default("active"),
    reportingCycle: text("reporting_cycle", { enum: ["month", "quarter", "half-year", "year"] }).notNull().default("quarter"),
    warningDays: integer("warning_days").notNull().default(15),
    sourceFileName: text("source_file_name").notNull(),
    sourceSha256: varchar("source_sha256", { length: 64 }).notNull(),
    /** The parser's output as imported, kept for reference and re-checks. */
    extraction: jsonb("extraction").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    createdBy: uuid("created_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("plans_id_uq").on(t.id),
    uniqueIndex("plans_source_sha_uq").on(t.regionCode, t.sourceSha256),
  ],
);

/** The original uploaded document, byte for byte. */
export const planFiles = pgTable(
  "plan_files",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    planId: uuid("plan_id").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.planId] })],
);

/** A row of the plan's task-division table; nested items have a parent number ("3.2" under "3"). */
export const tasks = pgTable(
  "tasks",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    planId: uuid("plan_id").notNull(),
    seq: integer("seq").notNull(),
    no: text("no").notNull(),
    parentNo: text("parent_no"),
    chapter: text("chapter"),
    content: text("content").notNull(),
    scheduleRaw: text("schedule_raw"),
    scheduleItems: jsonb("schedule_items").notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("tasks_id_uq").on(t.id),
    uniqueIndex("tasks_plan_no_uq").on(t.regionCode, t.planId, t.no),
  ],
);

/** Lead (牵头单位, position 0) and partner units of a task, with the name as the document wrote it. */
export const taskUnits = pgTable(
  "task_units",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    taskId: uuid("task_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    role: text("role", { enum: ["lead", "partner"] }).notNull(),
    position: integer("position").notNull(),
    nameAsWritten: text("name_as_written").notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.taskId, t.unitId] }), index("task_units_unit_idx").on(t.regionCode, t.unitId)],
);

/** A dated checkpoint derived from a task's schedule (or the plan's reporting cycle). */
export const milestones = pgTable(
  "milestones",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    planId: uuid("plan_id").notNull(),
    taskId: uuid("task_id").notNull(),
    due: date("due").notNull(),
    kind: text("kind", { enum: ["deadline", "window-end", "period", "event", "cycle"] }).notNull(),
    label: text("label").notNull(),
    sourceIndex: integer("source_index").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("milestones_id_uq").on(t.id),
    index("milestones_task_due_idx").on(t.regionCode, t.taskId, t.due),
    index("milestones_plan_due_idx").on(t.regionCode, t.planId, t.due),
  ],
);
