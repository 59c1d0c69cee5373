import { Alert, Card, Descriptions, Progress, Skeleton, Space, Tabs, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCan } from "../../auth/session";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { EvaluationActions } from "./evaluation-actions";
import { EvaluationFindings } from "./evaluation-findings";
import { EvaluationIndicatorTable } from "./evaluation-indicator-table";
import { kindText } from "./evaluation-kind";
import { EvaluationTaskTable } from "./evaluation-task-table";
import { useEvaluation } from "./evaluations-api";
import { STATE_COLORS, STATE_LABELS } from "./evaluations-labels";
import { useEvaluationSave } from "./use-evaluation-save";

function ScoringProgress({ testId, label, done, total }: { testId: string; label: string; done: number; total: number }) {
  const { t } = useTranslation();
  return (
    <Space data-testid={testId}>
      {label}
      {total === 0 ? (
        t("无")
      ) : (
        <>
          <Progress percent={Math.round((done / total) * 100)} style={{ width: 160 }} size="small" showInfo={false} />
          {`${done} / ${total}`}
        </>
      )}
    </Space>
  );
}

/** One evaluation: the evaluator scores tasks and indicators and writes the findings; the office publishes. */
export function EvaluationDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const evaluation = useEvaluation(id);
  const canWrite = useCan("evaluation.write");
  const { save, error, conflict, dismissConflict } = useEvaluationSave(id);

  if (evaluation.isPending) return <Skeleton active />;
  if (!evaluation.data) return <ApiErrorAlert error={evaluation.error} />;
  const data = evaluation.data;
  const editable = canWrite && data.state === "draft";
  const { progress } = data;

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("{{plan}}{{kind}}", { plan: data.planTitle, kind: kindText(t, data) })}
        </h1>
        <EvaluationActions evaluation={data} save={save} />
      </div>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: dismissConflict }}
          title={t("他人已修改此评估，页面已重新载入最新内容，请核对后再保存。")}
          style={{ marginBottom: 16 }}
        />
      )}
      <ApiErrorAlert error={error} />
      {data.state === "published" && (
        <Alert type="info" showIcon title={t("评估已发布，评分和综合评价只读；如需修改，请残工委办公室先撤回发布。")} style={{ marginBottom: 16 }} />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t("所属规划")}>
            <Link to={`/plans/${data.planId}`}>{data.planTitle}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t("评估类型")}>{kindText(t, data)}</Descriptions.Item>
          <Descriptions.Item label={t("评估基准日")}>{data.asOf}</Descriptions.Item>
          <Descriptions.Item label={t("评估机构")}>{data.evaluatorOrg}</Descriptions.Item>
          <Descriptions.Item label={t("状态")}>
            <Tag color={STATE_COLORS[data.state]}>{t(STATE_LABELS[data.state])}</Tag>
            {data.publishedAt && t("发布于 {{date}}", { date: data.publishedAt.slice(0, 10) })}
          </Descriptions.Item>
          <Descriptions.Item label={t("指标年度")}>{data.indicatorYear}</Descriptions.Item>
        </Descriptions>
        <Space size="large" wrap>
          <ScoringProgress testId="progress-tasks" label={t("任务评分")} done={progress.tasksScored} total={progress.tasks} />
          <ScoringProgress testId="progress-indicators" label={t("指标评分")} done={progress.indicatorsScored} total={progress.indicators} />
        </Space>
      </Card>
      <Tabs
        items={[
          { key: "tasks", label: t("任务评分"), children: <EvaluationTaskTable evaluation={data} editable={editable} save={save} /> },
          { key: "indicators", label: t("指标评分"), children: <EvaluationIndicatorTable evaluation={data} editable={editable} save={save} /> },
          { key: "overall", label: t("综合评价"), children: <EvaluationFindings key={data.id} evaluation={data} editable={editable} save={save} /> },
        ]}
      />
    </>
  );
}
