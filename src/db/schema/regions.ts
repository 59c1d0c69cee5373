import { boolean, index, pgTable, text, varchar } from "drizzle-orm/pg-core";

/** Administrative divisions (GB/T 2260 six-digit codes; 9 digits for towns, 12 for villages). */
export const regions = pgTable(
  "regions",
  {
    code: varchar("code", { length: 12 }).primaryKey(),
    name: text("name").notNull(),
    level: text("level", { enum: ["country", "province", "prefecture", "county", "town", "village"] }).notNull(),
    parentCode: varchar("parent_code", { length: 12 }),
    /** A region invented for the demo (seed 000 names no place); shown as such on screen. */
    isDemo: boolean("is_demo").notNull().default(false),
  },
  (table) => [index("regions_parent_idx").on(table.parentCode)],
);
