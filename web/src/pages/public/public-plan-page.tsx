import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicEvaluations, usePublicIndicators, usePublicPlan, usePublicTasks, type PublicPlanDetail } from "./public-api";
import { planPeriod } from "./public-home-page";
import { PublicIndicatorsTable } from "./public-indicators-table";
import { evaluationName, publicDate } from "./public-labels";
import { PublicLightSummary } from "./public-light-summary";
import { PublicNotFound } from "./public-not-found";
import { PublicLoadError, PublicLoading } from "./public-page-state";
import { PublicTasksTable } from "./public-tasks-table";
import { usePublicTitle } from "./use-public-title";
import { PublicSection } from "./public-section";
import { Zh } from "./public-zh";
import { PublicFacts } from "./public-facts";

/** One published plan: its header, progress at a glance, the task table, the indicators and its evaluations. */
export function PublicPlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const plan = usePublicPlan(id);
  const tasks = usePublicTasks(id);
  const indicators = usePublicIndicators(id);
  const evaluations = usePublicEvaluations(id);
  usePublicTitle(plan.data?.title ?? null);
  if (plan.isPending) return <PublicLoading />;
  if (plan.error) return <PublicLoadError error={plan.error} />;
  if (!plan.data) return <PublicNotFound />;
  const data = plan.data;

  return (
    <>
      <p>
        <Link to="/public">{t("返回信息公开首页")}</Link>
      </p>
      <h1 lang="zh-CN">{data.title}</h1>
      <PlanHeader plan={data} />
      <PublicLightSummary plan={data} />
      {tasks.data ? <PublicTasksTable tasks={tasks.data.items} asOf={tasks.data.asOf} /> : tasks.error ? <PublicLoadError error={tasks.error} /> : <PublicLoading />}
      {indicators.data ? (
        <PublicIndicatorsTable indicators={indicators.data.items} year={indicators.data.year} />
      ) : indicators.error ? (
        <PublicLoadError error={indicators.error} />
      ) : (
        <PublicLoading />
      )}
      <PublicSection title={t("评估报告")}>
        {evaluations.data && evaluations.data.length > 0 ? (
          <ul>
            {evaluations.data.map((evaluation) => (
              <li key={evaluation.id}>
                <Link to={`/public/evaluations/${evaluation.id}`}>{evaluationName(evaluation, t)}</Link>
                {t("（")}
                <Zh>{evaluation.evaluatorOrg}</Zh>
                {t("，评估截至 {{asOf}}）", { asOf: evaluation.asOf })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{evaluations.isPending ? t("正在加载…") : t("本规划暂无公开的评估报告。")}</p>
        )}
      </PublicSection>
    </>
  );
}

function PlanHeader({ plan }: { plan: PublicPlanDetail }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t("地区"), <Zh key="region">{plan.regionName ?? plan.regionCode}</Zh>],
    [t("规划期"), planPeriod(plan)],
    [t("发文单位"), <Zh key="issuer">{plan.issuer}</Zh>],
    [t("文号"), <Zh key="doc">{plan.docNumber}</Zh>],
    [t("印发日期"), plan.issuedOn ?? "—"],
    [t("公开日期"), publicDate(plan.publishedAt)],
  ];
  return (
    <section className="xk-public-section" aria-label={t("规划基本信息")}>
      <PublicFacts rows={rows} />
    </section>
  );
}
