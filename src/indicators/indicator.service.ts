import { stateDigest } from "../audit/audit-chain";
import { AppError, notFound } from "../errors/app-error";
import { isInRegionScope } from "../regions/region-scope";
import { versionConflict } from "../server/if-match";
import { findUserName } from "../supervision/report.repository";
import { requireVisibleIndicator } from "./indicator-access";
import { findIndicator, findUnitRow, updateIndicatorIfVersion, type IndicatorWithUnit, type NewIndicator } from "./indicator.repository";
import { countValuesOf } from "./indicator-value.repository";
import type { IndicatorPatch } from "./indicator.schemas";
import type { WriteContext } from "./write-context";

/** The office completes an indicator: target, baseline, target year, responsible unit, definition. */
export async function updateIndicatorSettings(ctx: WriteContext, id: string, version: number, patch: IndicatorPatch): Promise<IndicatorWithUnit> {
  const { indicator, plan } = await requireVisibleIndicator(ctx.tx, ctx.user, id);
  // Office writes stay inside the office's own subtree (a city office does not edit the province's plan).
  if (!isInRegionScope(ctx.user.regionCode, indicator.regionCode)) throw notFound("指标", "Indicator");
  const set: Partial<NewIndicator> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.target !== undefined) {
    set.targetOp = patch.target.op;
    set.targetValue = patch.target.value;
    set.targetUnit = patch.target.unit || null;
    if (patch.target.text !== undefined) set.targetText = patch.target.text || null;
  }
  if (patch.attribute !== undefined) set.attribute = patch.attribute;
  if (patch.weight !== undefined) set.weight = patch.weight;
  if (patch.baseline !== undefined) {
    set.baselineValue = patch.baseline?.value ?? null;
    set.baselineYear = patch.baseline?.year ?? null;
  }
  if (patch.targetYear !== undefined) set.targetYear = patch.targetYear;
  if (patch.definition !== undefined) {
    set.numeratorDefinition = patch.definition.numerator || null;
    set.denominatorDefinition = patch.definition.denominator || null;
  }
  if (patch.responsibleUnitId !== undefined) {
    if (patch.responsibleUnitId !== null) {
      const unit = await findUnitRow(ctx.tx, patch.responsibleUnitId);
      // A responsible unit belongs to the plan's region or below it (a county bureau answering for its county).
      if (!unit || !isInRegionScope(plan.regionCode, unit.regionCode)) throw notFound("责任单位", "Unit");
    }
    set.responsibleUnitId = patch.responsibleUnitId;
  }
  if (patch.isRate !== undefined && patch.isRate !== indicator.isRate) {
    // Stored figures were entered in the other shape; switching would silently misread them.
    if ((await countValuesOf(ctx.tx, id)) > 0) {
      throw new AppError("CONFLICT", { reason: "已有填报数值，不能更改指标类型（比率/数量）", reasonEn: "Values exist; the rate/count kind cannot change" });
    }
    set.isRate = patch.isRate;
  }
  const after = set.baselineYear ?? indicator.baselineYear;
  if (after !== null && after > (set.targetYear ?? indicator.targetYear)) {
    throw new AppError("VALIDATION_FAILED", { reason: "基期年份不能晚于目标年份 / the baseline year cannot be after the target year" });
  }
  const row = await updateIndicatorIfVersion(ctx.tx, indicator, version, { ...set, updatedAt: ctx.now, updatedBy: ctx.user.id });
  if (!row) {
    // Stale version: name whoever saved the stored row last, so the user knows whom to ask.
    const current = (await findIndicator(ctx.tx, indicator.id)) ?? indicator;
    throw versionConflict(await findUserName(ctx.tx, current.updatedBy), current.updatedAt);
  }
  await ctx.record({
    action: "indicator.update",
    objectType: "indicator",
    objectId: row.id,
    outcome: "success",
    regionCode: row.regionCode,
    beforeDigest: stateDigest(indicator),
    afterDigest: stateDigest(row),
    detail: { fields: Object.keys(patch) },
  });
  const fresh = await findIndicator(ctx.tx, row.id);
  if (!fresh) throw notFound("指标", "Indicator");
  return fresh;
}
