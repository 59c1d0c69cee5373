import { Button, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { evaluationPdfUrl, usePublicEvaluation, type PublicEvaluationDetail } from "./public-api";
import { evaluationName, INDICATOR_STATUS_LABELS, publicDate, RATING_LABELS } from "./public-labels";
import { PublicNotFound } from "./public-not-found";
import { PublicLoadError, PublicLoading } from "./public-page-state";
import { usePublicTitle } from "./use-public-title";
import { PublicTable } from "./public-table";
import { PublicSection } from "./public-section";
import { Zh } from "./public-zh";
import { PublicFacts } from "./public-facts";

type UnitRow = PublicEvaluationDetail["units"][number];
type IndicatorRow = PublicEvaluationDetail["indicators"][number];
type FindingRow = PublicEvaluationDetail["findings"][number];
type OverdueRow = PublicEvaluationDetail["overdue"][number];

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** One published evaluation: summary, completion by unit, indicators, findings, the overall findings and the PDF. */
export function PublicEvaluationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const evaluation = usePublicEvaluation(id);
  const title = evaluation.data ? `${evaluation.data.planTitle} · ${evaluationName(evaluation.data, t)}` : null;
  usePublicTitle(title);
  if (evaluation.isPending) return <PublicLoading />;
  if (evaluation.error) return <PublicLoadError error={evaluation.error} />;
  if (!evaluation.data) return <PublicNotFound />;
  const data = evaluation.data;
  const { summary } = data;

  const unitColumns: TableColumnsType<UnitRow> = [
    { title: t("单位"), dataIndex: "unit", key: "unit", render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("任务数"), dataIndex: "tasks", key: "tasks", align: "right" },
    { title: t("完成"), dataIndex: "completed", key: "completed", align: "right" },
    { title: t("基本完成"), dataIndex: "basicallyCompleted", key: "basicallyCompleted", align: "right" },
    { title: t("未完成"), dataIndex: "notCompleted", key: "notCompleted", align: "right" },
    { title: t("完成率"), dataIndex: "completionRate", key: "completionRate", align: "right", render: (rate: number) => percent(rate) },
  ];
  const indicatorColumns: TableColumnsType<IndicatorRow> = [
    { title: t("指标"), dataIndex: "name", key: "name", render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("目标"), dataIndex: "targetText", key: "targetText", render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("基期值"), key: "baseline", render: (_value, row) => (row.baseline ? `${row.baseline.value}（${row.baseline.year}）` : "—") },
    { title: t("实际值"), key: "actual", render: (_value, row) => (row.actual === null ? "—" : `${row.actual}${row.unit ? ` ${row.unit}` : ""}`) },
    { title: t("状态"), key: "status", render: (_value, row) => `${t(INDICATOR_STATUS_LABELS[row.status])}${row.note ? `（${row.note}）` : ""}` },
  ];
  const findingColumns: TableColumnsType<FindingRow> = [
    { title: t("序号"), dataIndex: "taskNo", key: "taskNo", width: 80 },
    { title: t("任务"), dataIndex: "task", key: "task", width: 320, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("责任单位"), dataIndex: "units", key: "units", width: 180, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("评估结论"), dataIndex: "rating", key: "rating", width: 110, render: (rating: FindingRow["rating"]) => t(RATING_LABELS[rating]) },
    { title: t("评估意见"), dataIndex: "comment", key: "comment", width: 320, render: (text: string | null) => <Zh>{text}</Zh> },
  ];

  const overdueColumns: TableColumnsType<OverdueRow> = [
    { title: t("序号"), dataIndex: "taskNo", key: "taskNo", width: 80 },
    { title: t("任务"), dataIndex: "task", key: "task", width: 360, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("单位"), dataIndex: "unit", key: "unit", width: 160, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("节点日期"), dataIndex: "milestoneDue", key: "milestoneDue", width: 130 },
    { title: t("逾期天数"), dataIndex: "daysOverdue", key: "daysOverdue", width: 110, align: "right" },
  ];

  return (
    <>
      <p>
        <Link to={`/public/plans/${data.planId}`}>
          {t("返回规划：")}
          <Zh>{data.planTitle}</Zh>
        </Link>
      </p>
      <h1>
        <Zh>{data.planTitle}</Zh> · {evaluationName(data, t)}
      </h1>
      <PublicSection title={t("评估概况")}>
        <PublicFacts
          rows={[
            [t("评估机构"), <Zh key="org">{data.evaluatorOrg}</Zh>],
            [t("评估截止日期"), data.asOf],
            [t("公开日期"), publicDate(data.publishedAt)],
            [t("任务总数"), String(summary.tasksTotal)],
            [t("完成"), String(summary.completed)],
            [t("基本完成"), String(summary.basicallyCompleted)],
            [t("未完成"), String(summary.notCompleted)],
            [t("完成率"), percent(summary.completionRate)],
          ]}
        />
        <Button type="primary" href={evaluationPdfUrl(data.id)} download>
          {t("下载评估报告（PDF）")}
        </Button>
      </PublicSection>
      <PublicSection title={t("各单位完成情况")}>
        <PublicTable<UnitRow> rowKey="unit" caption={t("各单位任务完成情况")} columns={unitColumns} dataSource={data.units} minWidth={44} />
      </PublicSection>
      <PublicSection title={t("主要指标")}>
        <PublicTable<IndicatorRow>
          rowKey={(row) => `${row.name}|${row.targetText}`}
          caption={t("主要指标完成情况")}
          columns={indicatorColumns}
          dataSource={data.indicators}
          locale={{ emptyText: t("本规划暂无量化指标") }}
          minWidth={44}
        />
      </PublicSection>
      <PublicSection title={t("逾期未完成的节点")}>
        <PublicTable<OverdueRow>
          rowKey={(row) => `${row.taskNo}|${row.unit}|${row.milestoneDue}`}
          caption={t("截至 {{asOf}} 逾期的节点（共 {{count}} 个）", { asOf: data.asOf, count: data.overdue.length })}
          columns={overdueColumns}
          dataSource={data.overdue}
          locale={{ emptyText: t("无逾期节点") }}
          minWidth={54}
        />
      </PublicSection>
      <PublicSection title={t("任务评估意见")}>
        <PublicTable<FindingRow> rowKey={(row) => `${row.taskNo}|${row.task}`} caption={t("逐项任务评估意见")} columns={findingColumns} dataSource={data.findings} minWidth={62} />
      </PublicSection>
      <PublicSection title={t("总体评估意见")}>
        {data.overall.trim() ? data.overall.split(/\n\s*\n/).map((paragraph, index) => <p key={index} lang="zh-CN">
              {paragraph}
            </p>) : <p>{t("（无）")}</p>}
      </PublicSection>
    </>
  );
}
