/** Context for reading unit lists: place names seen in the document ("湛江" from 湛江市). */
export interface UnitContext {
  placeNames: Set<string>;
}

/** The responsible units of a row: the lead first, then partners in document order. */
export interface UnitList {
  lead: string | null;
  partners: string[];
}

const LEVEL = /^(自治区|自治州|自治县|街道|省|市|县|区|州|盟|旗|镇|乡)/;
const KEEP_AS_WRITTEN = /^(各|全|中国|国家|中央|共青团|团[省市县区]委|本|有关|相关|其他|驻)|公司|银行|集团|报社|日报|成员单位|单位$/;
const DEPARTMENT_END = /(局|委|办|厅|部|会|联|中心|院|站|所|队|处|室|社|馆|台|组|署|庭)$/;
const LEAD_ROLE = /(牵头|主责|主办|负总责|负责牵头)$/;
const PARTNER_ROLE = /(配合|协助|协办|参与|协同|按职责分工负责|按职责负责|分工负责|分别负责|落实|实施|负责|共同负责|支持)$/;

/** Collects place names ("湛江", "同江", "沙坪坝") written before 市/区/县 in the document. */
export function collectPlaceNames(text: string): Set<string> {
  const names = new Set<string>();
  const pattern = /([\u4e00-\u9fa5]{2,3}?)(市|区|县|省)(人民政府|政府|委|残联|残疾人|人大|政协|“|"|《)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) names.add(m[1]);
  return names;
}

/** Splits at separators outside brackets: 、，,;； and line breaks. */
function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "（" || ch === "(" || ch === "【" || ch === "[") depth++;
    else if ((ch === "）" || ch === ")" || ch === "】" || ch === "]") && depth > 0) depth--;
    if (depth === 0 && separators.test(ch)) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function cleanUnit(unit: string): string {
  return unit
    .replace(/\[bookmark:[^\]]*\]/g, "")
    .replace(/[\s\u3000]+/g, "")
    .replace(/^(牵头单位|配合单位|责任单位|负责单位|参与单位|协办单位|牵头|配合)[:：]/, "")
    .replace(/(等(单位|部门)?|等有关单位|等相关单位|等部门)$/, "")
    .replace(/^[:：、，,。.]+|[:：、，,。.]+$/g, "");
}

/**
 * Reads a responsible-units cell. The first unit leads (the documents say so);
 * a unit written without its level takes the level of the list's first unit
 * ("市民政局、残联" → 市残联); "A、B牵头；C配合" puts the 牵头 units first.
 */
export function parseUnitList(cell: string | null, context: UnitContext): UnitList {
  if (!cell) return { lead: null, partners: [] };
  const leads: string[] = [];
  const others: string[] = [];
  // Groups end at ；, line breaks, or a comma right after a role word ("X牵头，Y按职责分工负责").
  const groups = splitOutsideBrackets(cell.replace(/\[bookmark:[^\]]*\]/g, ""), /[；;\n]/).flatMap((g) => g.split(/(?<=牵头|配合|协助|协办|参与|负责|落实)[，,]/));
  for (const group of groups) {
    let text = group.trim();
    let target = others;
    if (LEAD_ROLE.test(text)) {
      text = text.replace(LEAD_ROLE, "");
      target = leads;
    } else if (PARTNER_ROLE.test(text) && text.replace(PARTNER_ROLE, "").length > 1) {
      text = text.replace(PARTNER_ROLE, "");
    }
    for (const part of splitOutsideBrackets(text, /[、，,\s]/)) {
      const unit = cleanUnit(part);
      if (unit && unit.length <= 40) target.push(unit);
    }
  }
  const units = [...leads, ...others];
  const level = units.length > 0 ? LEVEL.exec(units[0])?.[1] ?? null : null;
  const named = units.map((unit, i) => (i === 0 || level === null ? unit : withLevel(unit, level, context)));
  const unique = named.filter((unit, i) => named.indexOf(unit) === i);
  return { lead: unique[0] ?? null, partners: unique.slice(1) };
}

function withLevel(unit: string, level: string, context: UnitContext): string {
  if (LEVEL.test(unit) || KEEP_AS_WRITTEN.test(unit) || !DEPARTMENT_END.test(unit)) return unit;
  for (const place of context.placeNames) if (unit.startsWith(place)) return unit;
  return level + unit;
}

/**
 * Takes a trailing "（X牵头，Y按职责分工负责）" off a task text: returns the text
 * without it and the units inside, or null when the text has no such note.
 */
export function splitTrailingUnits(content: string): { content: string; units: string } | null {
  const m = /[（(]([^（）()]*(牵头|负责|配合)[^（）()]*)[)）][。.；;]?\s*$/.exec(content);
  if (!m) return null;
  return { content: content.slice(0, m.index).trim(), units: m[1] };
}
