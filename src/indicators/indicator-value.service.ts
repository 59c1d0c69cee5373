import { randomUUID } from "node:crypto";
import { stateDigest } from "../audit/audit-chain";
import { AppError, notFound } from "../errors/app-error";
import { findRegion } from "../regions/region.repository";
import { isInRegionScope } from "../regions/region-scope";
import { versionConflict } from "../server/if-match";
import { findUserName } from "../supervision/report.repository";
import { canEnterValues, requireVisibleIndicator } from "./indicator-access";
import type { IndicatorWithUnit } from "./indicator.repository";
import {
  findIndicatorValue,
  findValueFor,
  insertIndicatorValue,
  updateValueIfVersion,
  type IndicatorValueRow,
  type NewIndicatorValue,
} from "./indicator-value.repository";
import type { ValueCreate, ValuePatch } from "./indicator.schemas";
import type { WriteContext } from "./write-context";

type ValueState = IndicatorValueRow["state"];
const STATE_ZH: Record<ValueState, string> = { draft: "草稿", submitted: "已报送", accepted: "已通过", returned: "已退回" };

function invalidState(state: ValueState, action: string, actionEn: string): AppError {
  return new AppError("INVALID_STATE", { state: `${STATE_ZH[state]} / ${state}`, action, actionEn });
}

function invalidValue(reason: string, reasonEn: string): AppError {
  return new AppError("INDICATOR_VALUE_INVALID", { reason, reasonEn });
}

interface Figures {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/** A rate is entered as numerator and denominator (never a ready-made per cent, which cannot be added up); a count as a value. */
export function checkFigures(isRate: boolean, input: Partial<Figures>): Figures {
  if (isRate) {
    if (input.value !== undefined && input.value !== null) throw invalidValue("比率类指标请填写分子和分母，不填比率", "a rate takes numerator and denominator, not a value");
    const { numerator, denominator } = input;
    if (numerator === undefined || numerator === null || denominator === undefined || denominator === null) {
      throw invalidValue("比率类指标需同时填写分子和分母", "a rate needs both numerator and denominator");
    }
    if (denominator <= 0) throw invalidValue("分母应大于0", "the denominator must be positive");
    if (numerator > denominator) throw invalidValue("分子不能大于分母", "the numerator cannot exceed the denominator");
    return { numerator, denominator, value: null };
  }
  if ((input.numerator ?? null) !== null || (input.denominator ?? null) !== null) {
    throw invalidValue("数量类指标只填写数值", "a count takes a value only");
  }
  if (input.value === undefined || input.value === null) throw invalidValue("请填写数值", "a value is required");
  return { numerator: null, denominator: null, value: input.value };
}

async function loadForEntry(ctx: WriteContext, indicatorId: string) {
  const found = await requireVisibleIndicator(ctx.tx, ctx.user, indicatorId);
  // Another unit's indicator answers 404 like any record outside the user's reach.
  if (!canEnterValues(ctx.user, found.indicator)) throw notFound("指标", "Indicator");
  return found;
}

async function loadValue(ctx: WriteContext, id: string, forEntry: boolean): Promise<{ value: IndicatorValueRow; indicator: IndicatorWithUnit }> {
  const value = await findIndicatorValue(ctx.tx, id);
  if (!value || !isInRegionScope(ctx.user.regionCode, value.regionCode)) throw notFound("指标数值", "Indicator value");
  try {
    const { indicator } = forEntry ? await loadForEntry(ctx, value.indicatorId) : await requireVisibleIndicator(ctx.tx, ctx.user, value.indicatorId);
    return { value, indicator };
  } catch {
    throw notFound("指标数值", "Indicator value");
  }
}

async function save(ctx: WriteContext, before: IndicatorValueRow, version: number, patch: Partial<NewIndicatorValue>, action: string): Promise<IndicatorValueRow> {
  const row = await updateValueIfVersion(ctx.tx, before, version, { ...patch, updatedAt: ctx.now, updatedBy: ctx.user.id });
  if (!row) {
    // Stale version: name whoever saved the stored row last, so the user knows whom to ask.
    const current = (await findIndicatorValue(ctx.tx, before.id)) ?? before;
    throw versionConflict(await findUserName(ctx.tx, current.updatedBy), current.updatedAt);
  }
  await ctx.record({
    action,
    objectType: "indicator_value",
    objectId: row.id,
    outcome: "success",
    regionCode: row.regionCode,
    beforeDigest: stateDigest(before),
    afterDigest: stateDigest(row),
    detail: { indicatorId: row.indicatorId, year: row.year, state: row.state },
  });
  return row;
}

export async function createValue(ctx: WriteContext, indicatorId: string, input: ValueCreate): Promise<IndicatorValueRow> {
  const { indicator, plan } = await loadForEntry(ctx, indicatorId);
  // The region must lie in the plan's subtree (whose figures roll up into it) and in the user's own.
  if (!isInRegionScope(plan.regionCode, input.regionCode) || !isInRegionScope(ctx.user.regionCode, input.regionCode) || !(await findRegion(ctx.tx, input.regionCode))) {
    throw notFound("行政区划", "Region");
  }
  const firstYear = Math.min(plan.periodStart - 1, indicator.baselineYear ?? plan.periodStart);
  const lastYear = Math.max(plan.periodEnd, indicator.targetYear);
  if (input.year < firstYear || input.year > lastYear) {
    throw invalidValue(`年份应在 ${firstYear}—${lastYear} 之间`, `the year must be between ${firstYear} and ${lastYear}`);
  }
  const figures = checkFigures(indicator.isRate, input);
  const exists = () =>
    new AppError("CONFLICT", {
      reason: `该地区 ${input.year} 年已有数值，请修改原记录`,
      reasonEn: `This region already has a value for ${input.year}; edit that one`,
    });
  if (await findValueFor(ctx.tx, input.regionCode, indicatorId, input.year)) throw exists();
  const row = await insertIndicatorValue(ctx.tx, {
    regionCode: input.regionCode,
    id: randomUUID(),
    indicatorId,
    planId: plan.id,
    year: input.year,
    ...figures,
    note: input.note ?? "",
    state: "draft",
    updatedAt: ctx.now,
    updatedBy: ctx.user.id,
  });
  if (!row) throw exists();
  await ctx.record({
    action: "indicator.value.create",
    objectType: "indicator_value",
    objectId: row.id,
    outcome: "success",
    regionCode: row.regionCode,
    afterDigest: stateDigest(row),
    detail: { indicatorId, year: row.year },
  });
  return row;
}

export async function editValue(ctx: WriteContext, id: string, version: number, patch: ValuePatch): Promise<IndicatorValueRow> {
  const { value, indicator } = await loadValue(ctx, id, true);
  if (value.state !== "draft" && value.state !== "returned") throw invalidState(value.state, "修改", "edit");
  const figures = checkFigures(indicator.isRate, {
    numerator: patch.numerator === undefined ? value.numerator : patch.numerator,
    denominator: patch.denominator === undefined ? value.denominator : patch.denominator,
    value: patch.value === undefined ? value.value : patch.value,
  });
  return save(ctx, value, version, { ...figures, ...(patch.note === undefined ? {} : { note: patch.note }) }, "indicator.value.update");
}

export async function submitValue(ctx: WriteContext, id: string, version: number): Promise<IndicatorValueRow> {
  const { value } = await loadValue(ctx, id, true);
  if (value.state !== "draft" && value.state !== "returned") throw invalidState(value.state, "报送", "submit");
  return save(ctx, value, version, { state: "submitted", submittedAt: ctx.now }, "indicator.value.submit");
}

export async function acceptValue(ctx: WriteContext, id: string, version: number): Promise<IndicatorValueRow> {
  const { value } = await loadValue(ctx, id, false);
  if (value.state !== "submitted") throw invalidState(value.state, "审核通过", "accept");
  return save(ctx, value, version, { state: "accepted", returnReason: null, reviewedAt: ctx.now, reviewedBy: ctx.user.id }, "indicator.value.accept");
}

export async function returnValue(ctx: WriteContext, id: string, version: number, reason: string): Promise<IndicatorValueRow> {
  const { value } = await loadValue(ctx, id, false);
  // An accepted figure can be returned too: statistics get revised, and the roll-up must then drop it.
  if (value.state !== "submitted" && value.state !== "accepted") throw invalidState(value.state, "退回", "return");
  return save(ctx, value, version, { state: "returned", returnReason: reason, reviewedAt: ctx.now, reviewedBy: ctx.user.id }, "indicator.value.return");
}
