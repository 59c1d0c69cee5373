/**
 * Plain types of the indicator maths. They carry no database ids: the services map rows to
 * these and back, so the rules below can be tested on their own.
 */

/** Comparison operator of a target, as the plan prints it. */
export type TargetOp = ">" | ">=" | "=" | "<" | "<=";

/** A target: a number with its unit, or only a text when the plan gives no number. */
export interface IndicatorTarget {
  op: TargetOp;
  value: number | null;
  unit: string | null;
  text?: string;
  /** Set for relative targets ("比2021年下降10%以上"), whose value is a change, not a level. */
  change?: { direction: "increase" | "decrease"; baseYear: number | null };
}

/** One main indicator of a plan. */
export interface Indicator {
  name: string;
  target: IndicatorTarget;
  attribute: "binding" | "expected" | null;
  baseline: { value: number; year: number } | null;
  targetYear: number;
  isRate: boolean;
}

/** A value of one indicator for one region and year; rates come as numerator and denominator. */
export interface IndicatorValue {
  regionCode: string;
  year: number;
  numerator?: number;
  denominator?: number;
  value?: number;
}

/** A region and its subregions (the administrative division tree). */
export interface RegionNode {
  code: string;
  name?: string;
  children?: RegionNode[];
}

/** A plan period in whole years, both ends included. */
export interface PlanPeriod {
  start: number;
  end: number;
}
