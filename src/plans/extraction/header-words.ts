/** The role a table column plays, recognised from its header words. */
export type ColumnRole =
  | "no"
  | "project"
  | "content"
  | "units"
  | "lead"
  | "partners"
  | "schedule"
  | "indicatorName"
  | "target"
  | "attribute"
  | "measure"
  | "weight"
  | "other";

// Order matters: the first pattern that matches a header cell wins.
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ["no", /^(序号|编号|序|No\.?|项次)$/i],
  ["partners", /^(配合|协办|参与|协同|协助|主要参与)(单位|部门)?$|^(配合|协办|参与|协同)(单位|部门)/],
  ["lead", /^(牵头|主责|主办)(单位|部门)?$|^牵头(单位|部门)/],
  ["units", /(责任|负责|承办|实施|落实)(单位|部门|主体)|^(单位|部门)$|^责任(单位|部门|领导)?$/],
  ["schedule", /(时间|时限|进度|期限|完成|节点|年度安排|时序)/],
  ["project", /^(项目名称|项目|工作项目|重点项目|任务类别|类别|领域|工作类别)$/],
  ["attribute", /^(指标)?属性$|^指标性质$|^性质$/],
  ["weight", /^(权重|分值|权重[(（]%[)）]|分值[(（]分[)）])$/],
  ["measure", /^(计量)?单位$|^计量单位$/],
  ["target", /^(目标值?|指标值|预期值|预期目标|规划目标)$|^20\d\d年(目标值?|底|末)?$|目标值/],
  ["indicatorName", /^(指标|指标名称|主要指标|指标项|评价指标|监测指标)$/],
  ["content", /(任务|内容|措施|事项|工作|举措|目标任务|具体)/],
];

/** Header cell text with spaces and punctuation padding removed. */
export function normalizeHeaderCell(cell: string): string {
  return cell.replace(/[\s\u3000]+/g, "").replace(/[:：*＊]/g, "");
}

/** The role of one header cell, or null when it is not a header word. */
export function headerRole(cell: string): ColumnRole | null {
  const text = normalizeHeaderCell(cell);
  if (text === "" || text.length > 14) return null;
  if (text === "单位") return "measure";
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(text)) return role;
  if (/^备注|说明$/.test(text)) return "other";
  return null;
}

/** True for a row whose cells are short and mostly header words. */
export function isHeaderLikeRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== "");
  if (filled.length < 2) return false;
  let words = 0;
  for (const cell of filled) {
    if (normalizeHeaderCell(cell).length > 14) return false;
    if (headerRole(cell) !== null) words++;
  }
  return words >= 2 && words >= filled.length - 1;
}
