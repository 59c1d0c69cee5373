import type { z } from "zod";
import type { IndicatorWithUnit } from "./indicator.repository";
import type { IndicatorValueView } from "./indicator-value.repository";
import type { indicatorSchema, indicatorValueSchema } from "./indicator.schemas";

type IndicatorDto = z.infer<typeof indicatorSchema>;
type IndicatorValueDto = z.infer<typeof indicatorValueSchema>;

export function presentIndicator(row: IndicatorWithUnit): IndicatorDto {
  const change = row.targetChange as IndicatorDto["target"]["change"];
  return {
    id: row.id,
    regionCode: row.regionCode,
    planId: row.planId,
    seq: row.seq,
    no: row.no,
    name: row.name,
    target: { op: row.targetOp, value: row.targetValue, unit: row.targetUnit, text: row.targetText, change: change ?? null },
    attribute: row.attribute,
    weight: row.weight,
    baseline: row.baselineValue !== null && row.baselineYear !== null ? { value: row.baselineValue, year: row.baselineYear } : null,
    targetYear: row.targetYear,
    responsibleUnit: row.responsibleUnitId ? { id: row.responsibleUnitId, name: row.responsibleUnitName ?? "" } : null,
    definition: { concept: row.definitionConcept, numerator: row.numeratorDefinition, denominator: row.denominatorDefinition },
    isRate: row.isRate,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A value row; for rates `value` is the computed per cent, so the client never divides. */
export function presentIndicatorValue(row: IndicatorValueView, isRate: boolean): IndicatorValueDto {
  const value = isRate
    ? row.numerator !== null && row.denominator !== null && row.denominator > 0
      ? (row.numerator / row.denominator) * 100
      : null
    : row.value;
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName: row.regionName,
    indicatorId: row.indicatorId,
    planId: row.planId,
    year: row.year,
    numerator: isRate ? row.numerator : null,
    denominator: isRate ? row.denominator : null,
    value,
    note: row.note,
    state: row.state,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
