/**
 * The PlanExtraction contract (spec/plan-extraction.md) and the intermediate
 * document model shared by every format reader.
 */

/** One structured time limit of a task. Keep exactly in line with the spec. */
export type ScheduleItem =
  | { type: "deadline"; due: string; action?: string }
  | { type: "window"; start: string; end: string; action?: string }
  | { type: "recurring"; every: "month" | "quarter" | "half-year" | "year"; start?: string; end?: string; action?: string }
  | { type: "ongoing"; action?: string }
  | { type: "event"; name: string; date: string | null; action?: string }
  | { type: "external"; by: string; action?: string };

/** One row of a task-division table. */
export interface Task {
  no: string;
  parent: string | null;
  content: string;
  lead: string | null;
  partners: string[];
  schedule: { raw: string | null; items: ScheduleItem[] };
}

/** Comparison operator of an indicator target. */
export type TargetOperator = ">" | ">=" | "=" | "<" | "<=";

/**
 * An indicator target. `text` keeps the cell as written; `change` is set for
 * relative targets ("比2021年下降10%以上") whose value is a change, not a level.
 */
export interface IndicatorTarget {
  op: TargetOperator;
  value: number;
  unit: string | null;
  text?: string;
  change?: { direction: "increase" | "decrease"; baseYear: number | null };
}

/** One row of a main-indicator table. */
export interface Indicator {
  no: string;
  name: string;
  target: IndicatorTarget;
  attribute: "binding" | "expected" | null;
  weight?: number;
}

/** What `parse` produces for one document. */
export interface PlanExtraction {
  source: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  planYear: number | null;
  period: { start: number; end: number } | null;
  tasks: Task[];
  indicators: Indicator[];
}

/** Something the parser read but could not fully understand; the import preview shows these. */
export interface ParseWarning {
  code: string;
  message: string;
  messageEn: string;
  taskNo?: string;
  table?: number;
  row?: number;
  column?: number;
}

/** The result of parsing one document. */
export interface ParseResult {
  extraction: PlanExtraction;
  warnings: ParseWarning[];
}

/** Options of parsePlanDocument. */
export interface ParseOptions {
  /** The year that month-only dates belong to, when the document does not say. */
  planYear?: number;
}

/** A paragraph of running text outside any table. */
export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
}

/** A table as rows of cell texts; lines inside a cell are joined with "\n". */
export interface TableBlock {
  kind: "table";
  rows: string[][];
  /** The sheet name for spreadsheets; a caption hint. */
  name?: string;
}

/** The intermediate every reader produces and the one extractor consumes. */
export interface PlanDocument {
  blocks: (ParagraphBlock | TableBlock)[];
}
