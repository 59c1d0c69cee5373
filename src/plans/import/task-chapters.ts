/** Longest chapter label kept: a group row's text is a heading, but some plans write a sentence there. */
const MAX_LABEL = 40;

interface ChapterRow {
  no: string;
  parent: string | null;
  content: string;
}

/**
 * The chapter of each task: in a table whose rows group sub-items ("1 康复机构服务能力建设" over
 * 1.1, 1.2 …), the top-level group row labels every row below it and itself. Flat tables have no
 * chapters (null): the seeds' chapter headings live in the body text, not in the task table.
 */
export function chaptersOf(rows: readonly ChapterRow[]): (string | null)[] {
  const byNo = new Map(rows.map((row) => [row.no, row]));
  const grouping = new Set(rows.flatMap((row) => (row.parent === null ? [] : [row.parent])));
  const rootOf = (row: ChapterRow): ChapterRow => {
    const seen = new Set<string>();
    let current = row;
    // A cycle or a missing parent in a hand-edited preview ends the walk instead of looping.
    while (current.parent !== null && !seen.has(current.no)) {
      seen.add(current.no);
      const parent = byNo.get(current.parent);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  return rows.map((row) => {
    if (row.parent === null && !grouping.has(row.no)) return null;
    const root = rootOf(row);
    const text = root.content.trim().replace(/\s+/g, " ");
    const label = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
    return `${root.no} ${label}`.trim();
  });
}
