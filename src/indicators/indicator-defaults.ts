import { randomUUID } from "node:crypto";
import type { Indicator as ParsedIndicator } from "../plans/extraction/types";
import { matchKnownDefinition } from "./math/index";
import type { NewIndicator } from "./indicator.repository";

const PERCENT = /^[%％]$/;

/**
 * The stored indicator for a row of a plan's main-indicator table. The target year is the plan's
 * end (the office may change it); the definition is prefilled from the domain reference where it
 * knows the indicator. A per-cent unit makes a rate (entered as numerator and denominator) unless
 * the reference says it is a count or a survey figure (an income growth rate has no denominator to
 * add up) or the target is a change from a base year.
 */
export function indicatorFromExtraction(
  parsed: ParsedIndicator,
  seq: number,
  ids: { regionCode: string; planId: string },
  period: { start: number; end: number },
  now: Date,
): NewIndicator {
  const known = matchKnownDefinition(parsed.name);
  const unit = parsed.target.unit?.trim() || null;
  const isPercent = unit !== null && PERCENT.test(unit);
  const isRate = isPercent && !parsed.target.change && (known === null || known.kind === "rate");
  return {
    regionCode: ids.regionCode,
    id: randomUUID(),
    planId: ids.planId,
    seq,
    no: parsed.no?.trim() || String(seq + 1),
    name: parsed.name.trim(),
    targetOp: parsed.target.op,
    targetValue: Number.isFinite(parsed.target.value) ? parsed.target.value : null,
    targetUnit: unit,
    targetText: parsed.target.text ?? null,
    targetChange: parsed.target.change ?? null,
    attribute: parsed.attribute,
    weight: parsed.weight !== undefined && Number.isFinite(parsed.weight) ? parsed.weight : null,
    baselineValue: null,
    baselineYear: null,
    targetYear: period.end,
    responsibleUnitId: null,
    definitionConcept: known?.concept ?? null,
    numeratorDefinition: known?.numerator ?? null,
    denominatorDefinition: known?.denominator ?? null,
    isRate,
    updatedAt: now,
    updatedBy: null,
  };
}
