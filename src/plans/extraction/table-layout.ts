import { headerRole, isHeaderLikeRow, normalizeHeaderCell, type ColumnRole } from "./header-words";
import type { TableBlock } from "./types";

/** Where a table's header is and what each column holds. */
export interface TableLayout {
  kind: "task" | "indicator";
  headerRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  headerKey: string;
  width: number;
}

/** Finds the header row of a table wherever it sits and classifies the table; null when it has none. */
export function findLayout(table: TableBlock): TableLayout | null {
  const limit = Math.min(table.rows.length, 80);
  for (let r = 0; r < limit; r++) {
    const row = table.rows[r];
    if (!isHeaderLikeRow(row)) continue;
    const columns: Partial<Record<ColumnRole, number>> = {};
    row.forEach((cell, c) => {
      const role = headerRole(cell);
      if (role && columns[role] === undefined) columns[role] = c;
    });
    // A two-row header: "责任单位" spanning "牵头单位 | 配合单位" on the row below.
    let headerRow = r;
    const below = table.rows[r + 1];
    if (below && isHeaderLikeRow(below)) {
      below.forEach((cell, c) => {
        const role = headerRole(cell);
        if (role === "lead" || role === "partners") {
          if (columns.units !== undefined && (columns.units === c || columns.units === c - 1)) delete columns.units;
          columns[role] = c;
          headerRow = r + 1;
        }
      });
    }
    const layout = classify(columns);
    if (layout) return { kind: layout, headerRow, columns: fixRoles(columns, layout), headerKey: rowKey(table.rows[headerRow]), width: row.length };
  }
  return null;
}

function classify(columns: Partial<Record<ColumnRole, number>>): TableLayout["kind"] | null {
  const hasUnits = columns.units !== undefined || columns.lead !== undefined || columns.partners !== undefined;
  if (columns.indicatorName !== undefined && columns.target !== undefined) return "indicator";
  if ((columns.content !== undefined || columns.project !== undefined) && (hasUnits || columns.schedule !== undefined)) return "task";
  if (columns.content !== undefined && columns.target !== undefined) return "indicator";
  if (columns.content !== undefined && columns.measure !== undefined) return "task";
  return null;
}

function fixRoles(columns: Partial<Record<ColumnRole, number>>, kind: TableLayout["kind"]): Partial<Record<ColumnRole, number>> {
  const fixed = { ...columns };
  if (kind === "task" && fixed.units === undefined && fixed.lead === undefined && fixed.measure !== undefined) {
    // "单位" over a task list means the responsible unit, not a unit of measure.
    fixed.units = fixed.measure;
    delete fixed.measure;
  }
  if (kind === "indicator" && fixed.indicatorName === undefined) fixed.indicatorName = fixed.content;
  return fixed;
}

/** A comparable form of a row, to recognise a header repeated on each page. */
export function rowKey(row: string[]): string {
  return row.map(normalizeHeaderCell).join("|");
}
