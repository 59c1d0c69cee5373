/**
 * Numerator and denominator in words for the national indicators whose definitions the domain
 * reference (shared/domain/reference.md §1.3, name variants §1.4) establishes.
 */

/** How sure the reference is: ✅ stated by a source, ⚠️ inferred from agreeing sources, ❓ unconfirmed. */
export type DefinitionConfidence = "confirmed" | "inferred" | "unconfirmed";

/** A known definition of an indicator, in Chinese. */
export interface KnownDefinition {
  /** Stable key of the concept. */
  concept: string;
  /** Canonical name the definition is written for. */
  canonicalName: string;
  kind: "rate" | "count" | "survey";
  numerator: string;
  /** Null for counts and survey figures. */
  denominator: string | null;
  confidence: DefinitionConfidence;
  note?: string;
}

interface Rule {
  definition: KnownDefinition;
  /** All must match the normalised name. */
  all: RegExp[];
  none?: RegExp[];
}

const RULES: Rule[] = [
  {
    all: [/康复/, /(覆盖率|服务率|比例)/],
    none: [/辅助器具|辅具/],
    definition: {
      concept: "rehabilitation-coverage",
      canonicalName: "残疾人基本康复服务覆盖率",
      kind: "rate",
      numerator: "当年接受基本康复服务的持证残疾人和残疾儿童人数",
      denominator: "有康复需求的持证残疾人和残疾儿童人数",
      confidence: "confirmed",
      note: "精准康复服务行动口径：有康复需求者中接受服务的比例；社区层面“康复服务总人数÷(持证残疾人总数+无证康复对象)”为地方旧口径，不用于规划指标。",
    },
  },
  {
    all: [/(辅助器具|辅具)/, /适配/],
    definition: {
      concept: "assistive-device-fitting",
      canonicalName: "残疾人辅助器具适配率",
      kind: "rate",
      numerator: "当年得到基本辅助器具适配服务的残疾人数",
      denominator: "有辅助器具适配需求的残疾人数",
      confidence: "unconfirmed",
      note: "按康复服务覆盖率类推（同一需求调查数据），未见正式口径。",
    },
  },
  {
    all: [/(生活补贴|生活补助)/],
    definition: {
      concept: "living-allowance-coverage",
      canonicalName: "困难残疾人生活补贴目标人群覆盖率",
      kind: "rate",
      numerator: "享受困难残疾人生活补贴的人数",
      denominator: "困难残疾人生活补贴目标人群人数（低保家庭中的残疾人；地方可扩大到低收入等困难残疾人）",
      confidence: "inferred",
      note: "目标人群依国发〔2015〕52号；比率形式未见正式口径。",
    },
  },
  {
    all: [/护理补贴/],
    definition: {
      concept: "nursing-subsidy-coverage",
      canonicalName: "重度残疾人护理补贴目标人群覆盖率",
      kind: "rate",
      numerator: "享受重度残疾人护理补贴的人数",
      denominator: "护理补贴目标人群人数（残疾等级为一级、二级且需要长期照护的残疾人；地方可扩大到非重度智力、精神残疾人等）",
      confidence: "inferred",
      note: "目标人群依国发〔2015〕52号；比率形式未见正式口径。",
    },
  },
  {
    all: [/残疾儿童/, /(义务教育|入学率)/],
    definition: {
      concept: "compulsory-education",
      canonicalName: "残疾儿童少年义务教育入学率",
      kind: "rate",
      numerator: "接受义务教育的适龄残疾儿童少年人数（含随班就读、特殊教育学校就读、送教上门）",
      denominator: "义务教育阶段适龄残疾儿童少年人数（含持证和未持证）",
      confidence: "inferred",
      note: "适龄年龄段各省不同（如6—15周岁或7—15周岁），按本省口径确定。",
    },
  },
  {
    all: [/残疾/, /养老保险/],
    definition: {
      concept: "pension-insurance",
      canonicalName: "残疾人城乡居民基本养老保险参保率",
      kind: "rate",
      numerator: "参加城乡居民基本养老保险的残疾人数",
      denominator: "应参保年龄段的残疾人数",
      confidence: "unconfirmed",
      note: "分母年龄口径未查到（通常为16或18—59周岁应缴费人员及领取待遇人员），按当地口径确定。",
    },
  },
  {
    all: [/残疾/, /医疗保险/],
    definition: {
      concept: "medical-insurance",
      canonicalName: "残疾人城乡居民基本医疗保险参保率",
      kind: "rate",
      numerator: "参加城乡居民基本医疗保险的残疾人数",
      denominator: "应参保的残疾人数",
      confidence: "unconfirmed",
      note: "分母口径未查到，按当地口径确定。",
    },
  },
  {
    all: [/无障碍改造/],
    definition: {
      concept: "home-accessibility-retrofit",
      canonicalName: "困难重度残疾人家庭无障碍改造",
      kind: "count",
      numerator: "完成无障碍改造的困难重度残疾人家庭户数（规划期内累计）",
      denominator: null,
      confidence: "confirmed",
      note: "国家指标为户数（如110万户）；地方“覆盖率”写法的分母未见正式口径。",
    },
  },
  {
    all: [/残疾/, /收入/, /(增速|增长)/],
    definition: {
      concept: "household-income-growth",
      canonicalName: "残疾人家庭人均收入年均增速",
      kind: "survey",
      numerator: "残疾人家庭人均可支配收入年均增长速度，取自中国残联残疾人状况监测抽样调查，不由登记数据计算",
      denominator: null,
      confidence: "inferred",
    },
  },
];

/** Strips spaces, a trailing unit in brackets and the 目标人群 qualifier so that spellings of one indicator compare equal. */
export function normaliseIndicatorName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[(（][^()（）]*[)）]$/u, "")
    .replace(/[（(]?目标人群[)）]?/gu, "");
}

/** The known numerator and denominator of an indicator, matched by name and its variants; null when unknown. */
export function matchKnownDefinition(name: string): KnownDefinition | null {
  const n = normaliseIndicatorName(name);
  const rule = RULES.find((r) => r.all.every((re) => re.test(n)) && !(r.none ?? []).some((re) => re.test(n)));
  return rule ? rule.definition : null;
}
