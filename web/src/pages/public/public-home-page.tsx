import type { TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicEvaluations, usePublicPlans, type PublicEvaluation, type PublicPlan } from "./public-api";
import { evaluationName, publicDate } from "./public-labels";
import { PublicLoadError, PublicLoading } from "./public-page-state";
import { usePublicTitle } from "./use-public-title";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { PublicTable } from "./public-table";
import { PublicSection } from "./public-section";
import { Zh } from "./public-zh";

export const planPeriod = (plan: Pick<PublicPlan, "periodStart" | "periodEnd">) =>
  plan.periodStart === plan.periodEnd ? String(plan.periodStart) : `${plan.periodStart}—${plan.periodEnd}`;

/** The portal's front page: every published plan and every published evaluation. */
export function PublicHomePage() {
  const { t } = useTranslation();
  usePublicTitle(null);
  const plans = usePublicPlans();
  const evaluations = usePublicEvaluations();
  if (plans.isPending) return <PublicLoading />;
  if (plans.error) return <PublicLoadError error={plans.error} />;

  const planColumns: TableColumnsType<PublicPlan> = [
    { title: t("规划名称"), key: "title", render: (_value, plan) => <Link to={`/public/plans/${plan.id}`}>
          <Zh>{plan.title}</Zh>
        </Link> },
    { title: t("发文单位"), dataIndex: "issuer", key: "issuer", render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("地区"), dataIndex: "regionName", key: "region", render: (name: string | null, plan) => <Zh>{name ?? plan.regionCode}</Zh> },
    { title: t("规划期"), key: "period", render: (_value, plan) => planPeriod(plan) },
    { title: t("公开日期"), dataIndex: "publishedAt", key: "publishedAt", render: (iso: string) => publicDate(iso) },
  ];
  const evaluationColumns: TableColumnsType<PublicEvaluation> = [
    {
      title: t("评估报告"),
      key: "name",
      render: (_value, evaluation) => <Link to={`/public/evaluations/${evaluation.id}`}>
          <Zh>{evaluation.planTitle}</Zh> · {evaluationName(evaluation, t)}
        </Link>,
    },
    { title: t("评估机构"), dataIndex: "evaluatorOrg", key: "evaluatorOrg", render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("评估截止日期"), dataIndex: "asOf", key: "asOf" },
    { title: t("公开日期"), dataIndex: "publishedAt", key: "publishedAt", render: (iso: string) => publicDate(iso) },
  ];

  return (
    <>
      <h1>{t("残疾人事业发展规划信息公开")}</h1>
      <p>{t("这里公开各地残疾人事业发展规划的任务分工、实施进展、主要指标和评估报告。")}</p>
      <PublicSection title={t("已公开的规划")}>
        <PublicTable<PublicPlan>
          rowKey="id"
          caption={t("已公开的规划（共 {{count}} 项）", { count: plans.data.length })}
          columns={planColumns}
          dataSource={plans.data}
          locale={{ emptyText: t("暂无公开的规划") }}
          minWidth={50}
        />
      </PublicSection>
      <PublicSection title={t("已公开的评估报告")}>
        {evaluations.error ? (
          <ApiErrorAlert error={evaluations.error} />
        ) : (
          <PublicTable<PublicEvaluation>
            rowKey="id"
            caption={t("已公开的评估报告（共 {{count}} 份）", { count: evaluations.data?.length ?? 0 })}
            columns={evaluationColumns}
            dataSource={evaluations.data ?? []}
            loading={evaluations.isPending}
            locale={{ emptyText: t("暂无公开的评估报告") }}
            minWidth={50}
          />
        )}
      </PublicSection>
    </>
  );
}
