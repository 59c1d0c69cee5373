import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { stateDigest } from "../audit/audit-chain";
import type { DbOrTx } from "../db/client";
import { indicators } from "../db/schema/index";
import { AppError, notFound } from "../errors/app-error";
import { ensurePlanIndicators } from "../indicators/indicator-backfill";
import type { WriteContext } from "../indicators/write-context";
import { isInRegionScope } from "../regions/region-scope";
import type { SessionUser } from "../server/context";
import { versionConflict } from "../server/if-match";
import { requireVisiblePlan } from "../supervision/plan-lookup";
import { planLimitOf, viewerOf } from "../supervision/viewer";
import { loadEvaluationData } from "./evaluation-data";
import { requireScorableTasks } from "./evaluation-task-check";
import { findEvaluation, insertEvaluation, updateEvaluationIfVersion, upsertIndicatorScore, upsertTaskScores, type EvaluationRow, type NewEvaluation } from "./evaluation.repository";
import type { EvaluationCreate, EvaluationPatch, ScoreBody, TaskScoresBody } from "./evaluation.schemas";

const STATE_ZH = { draft: "草稿", published: "已发布" } as const;

/** An evaluation in the user's region subtree, of the evaluator's one plan if assigned (404 otherwise, like any record out of reach). */
export async function requireVisibleEvaluation(db: DbOrTx, user: SessionUser, id: string): Promise<EvaluationRow> {
  const row = await findEvaluation(db, id);
  const limit = planLimitOf(user);
  if (!row || !isInRegionScope(user.regionCode, row.regionCode) || (limit !== null && limit !== row.planId)) throw notFound("评估", "Evaluation");
  return row;
}

function requireDraft(row: EvaluationRow, action: string, actionEn: string): void {
  if (row.state !== "draft") throw new AppError("INVALID_STATE", { state: `${STATE_ZH[row.state]} / ${row.state}`, action, actionEn });
}

async function save(ctx: WriteContext, before: EvaluationRow, version: number, patch: Partial<NewEvaluation>, action: string, detail?: Record<string, unknown>): Promise<EvaluationRow> {
  const row = await updateEvaluationIfVersion(ctx.tx, before, version, { ...patch, updatedAt: ctx.now, updatedBy: ctx.user.id });
  if (!row) throw versionConflict(null, before.updatedAt);
  await ctx.record({
    action,
    objectType: "evaluation",
    objectId: row.id,
    outcome: "success",
    regionCode: row.regionCode,
    beforeDigest: stateDigest(before),
    afterDigest: stateDigest(row),
    ...(detail ? { detail } : {}),
  });
  return row;
}

export async function createEvaluation(ctx: WriteContext, input: EvaluationCreate): Promise<EvaluationRow> {
  const plan = await requireVisiblePlan(ctx.tx, viewerOf(ctx.user), input.planId);
  if (input.year !== undefined && (input.year < plan.periodStart || input.year > plan.periodEnd)) {
    throw new AppError("VALIDATION_FAILED", { reason: `年度应在规划期 ${plan.periodStart}—${plan.periodEnd} 内 / the year must lie in the plan period` });
  }
  // Plans imported before indicators existed get theirs now, so the evaluator can score them.
  await ensurePlanIndicators(ctx.tx, plan, ctx.now);
  const row = await insertEvaluation(ctx.tx, {
    regionCode: plan.regionCode,
    id: randomUUID(),
    planId: plan.id,
    kind: input.kind,
    year: input.year ?? null,
    asOf: input.asOf,
    evaluatorOrg: input.evaluatorOrg,
    createdAt: ctx.now,
    createdBy: ctx.user.id,
    updatedAt: ctx.now,
    updatedBy: ctx.user.id,
  });
  await ctx.record({ action: "evaluation.create", objectType: "evaluation", objectId: row.id, outcome: "success", regionCode: row.regionCode, afterDigest: stateDigest(row) });
  return row;
}

export async function updateEvaluation(ctx: WriteContext, id: string, version: number, patch: EvaluationPatch): Promise<EvaluationRow> {
  const before = await requireVisibleEvaluation(ctx.tx, ctx.user, id);
  requireDraft(before, "修改", "edit");
  return save(ctx, before, version, patch, "evaluation.update", { fields: Object.keys(patch) });
}

async function writeTaskScores(ctx: WriteContext, before: EvaluationRow, items: TaskScoresBody["items"]): Promise<void> {
  requireDraft(before, "评分", "score");
  await requireScorableTasks(ctx.tx, before, items.map((item) => item.taskId));
  await upsertTaskScores(
    ctx.tx,
    items.map((item) => ({ regionCode: before.regionCode, evaluationId: before.id, taskId: item.taskId, rating: item.rating, comment: item.comment ?? "", updatedAt: ctx.now, updatedBy: ctx.user.id })),
  );
}

export async function scoreTask(ctx: WriteContext, id: string, taskId: string, version: number, body: ScoreBody): Promise<EvaluationRow> {
  const before = await requireVisibleEvaluation(ctx.tx, ctx.user, id);
  await writeTaskScores(ctx, before, [{ ...body, taskId }]);
  // The evaluation's version moves with every score, so two evaluators cannot overwrite each other unseen.
  return save(ctx, before, version, {}, "evaluation.score", { taskId, rating: body.rating });
}

/** Many scores as one write: all or none, one version bump, one audit event that still names every task and rating. */
export async function scoreTasks(ctx: WriteContext, id: string, version: number, body: TaskScoresBody): Promise<EvaluationRow> {
  const before = await requireVisibleEvaluation(ctx.tx, ctx.user, id);
  await writeTaskScores(ctx, before, body.items);
  return save(ctx, before, version, {}, "evaluation.score", { count: body.items.length, tasks: body.items.map(({ taskId, rating }) => ({ taskId, rating })) });
}

export async function scoreIndicator(ctx: WriteContext, id: string, indicatorId: string, version: number, body: ScoreBody): Promise<EvaluationRow> {
  const before = await requireVisibleEvaluation(ctx.tx, ctx.user, id);
  requireDraft(before, "评分", "score");
  const found = await ctx.tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.regionCode, before.regionCode), eq(indicators.id, indicatorId), eq(indicators.planId, before.planId)))
    .limit(1);
  if (found.length === 0) throw notFound("指标", "Indicator");
  await upsertIndicatorScore(ctx.tx, { regionCode: before.regionCode, evaluationId: id, indicatorId, rating: body.rating, comment: body.comment ?? "", updatedAt: ctx.now, updatedBy: ctx.user.id });
  return save(ctx, before, version, {}, "evaluation.score", { indicatorId, rating: body.rating });
}

export async function publishEvaluation(ctx: WriteContext, id: string, version: number): Promise<EvaluationRow> {
  const before = await requireVisibleEvaluation(ctx.tx, ctx.user, id);
  requireDraft(before, "发布", "publish");
  const data = await loadEvaluationData(ctx.tx, before, ctx.now);
  const unscored = data.tasks.filter((t) => t.rating === null).length;
  if (unscored > 0) throw new AppError("EVALUATION_INCOMPLETE", { count: unscored });
  return save(ctx, before, version, { state: "published", publishedAt: ctx.now }, "evaluation.publish");
}

export async function unpublishEvaluation(ctx: WriteContext, id: string, version: number): Promise<EvaluationRow> {
  const before = await requireVisibleEvaluation(ctx.tx, ctx.user, id);
  if (before.state !== "published") throw new AppError("INVALID_STATE", { state: `${STATE_ZH[before.state]} / ${before.state}`, action: "撤回发布", actionEn: "unpublish" });
  return save(ctx, before, version, { state: "draft", publishedAt: null }, "evaluation.unpublish");
}
