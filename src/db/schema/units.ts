import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

/** A responsible body within a region (区民政局, 各镇街 as a group, 中国电信湛江分公司). */
export const units = pgTable(
  "units",
  {
    regionCode: varchar("region_code", { length: 12 }).notNull(),
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["department", "government", "group", "enterprise", "organisation"] }).notNull(),
    /** Old or short names that resolve to this unit (区卫计局 → 区卫健委). */
    aliases: text("aliases").array().notNull().default([]),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedBy: uuid("updated_by"),
  },
  (table) => [
    uniqueIndex("units_region_name_uq").on(table.regionCode, table.name),
    index("units_region_idx").on(table.regionCode),
  ],
);
