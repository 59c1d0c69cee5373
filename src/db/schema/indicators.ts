import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

/**
 * A main indicator of a plan (主要指标表 row), in the plan's region. Targets keep the plan's
 * wording (`targetText`) beside the parsed operator and number; `targetValue` is null when the
 * plan gives only words. The office completes baseline, responsible unit and definition.
 */
export const indicators = pgTable(
  "indicators",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    planId: uuid("plan_id").notNull(),
    seq: integer("seq").notNull(),
    no: text("no").notNull(),
    name: text("name").notNull(),
    targetOp: text("target_op", { enum: [">", ">=", "=", "<", "<="] }).notNull(),
    targetValue: doublePrecision("target_value"),
    targetUnit: text("target_unit"),
    targetText: text("target_text"),
    /** Relative targets ("比2021年下降10%以上"): { direction, baseYear }. */
    targetChange: jsonb("target_change"),
    attribute: text("attribute", { enum: ["binding", "expected"] }),
    weight: doublePrecision("weight"),
    baselineValue: doublePrecision("baseline_value"),
    baselineYear: integer("baseline_year"),
    targetYear: integer("target_year").notNull(),
    responsibleUnitId: uuid("responsible_unit_id"),
    definitionConcept: text("definition_concept"),
    numeratorDefinition: text("numerator_definition"),
    denominatorDefinition: text("denominator_definition"),
    /** Rates are entered as numerator and denominator and rolled up by adding both. */
    isRate: boolean("is_rate").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("indicators_id_uq").on(t.id),
    uniqueIndex("indicators_plan_seq_uq").on(t.regionCode, t.planId, t.seq),
    index("indicators_unit_idx").on(t.responsibleUnitId),
  ],
);

/**
 * One region's figure of an indicator for one year, keyed by the figure's own region (a county's
 * value of a city plan lives with the county). Reviewed like reports: draft → submitted →
 * accepted | returned; returned → (edit) → submitted; accepted → returned by the office.
 */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").notNull(),
    indicatorId: uuid("indicator_id").notNull(),
    planId: uuid("plan_id").notNull(),
    year: integer("year").notNull(),
    numerator: doublePrecision("numerator"),
    denominator: doublePrecision("denominator"),
    value: doublePrecision("value"),
    note: text("note").notNull().default(""),
    state: text("state", { enum: ["draft", "submitted", "accepted", "returned"] }).notNull().default("draft"),
    returnReason: text("return_reason"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }),
    reviewedBy: uuid("reviewed_by"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    uniqueIndex("indicator_values_id_uq").on(t.id),
    uniqueIndex("indicator_values_region_year_uq").on(t.regionCode, t.indicatorId, t.year),
    index("indicator_values_indicator_idx").on(t.indicatorId, t.year),
    index("indicator_values_review_idx").on(t.regionCode, t.submittedAt).where(sql`${t.state} = 'submitted'`),
  ],
);
