import { useState } from "react";
import { Button, Select, Space, Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../auth/session";
import { usePlans } from "../plans/plans-api";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { EvaluationCreateModal } from "./evaluation-create-modal";
import { kindText } from "./evaluation-kind";
import { useEvaluations, type Evaluation } from "./evaluations-api";
import { STATE_COLORS, STATE_LABELS } from "./evaluations-labels";

/** 评估列表: every evaluation in scope with how far its scoring is; the office creates new ones here. */
export function EvaluationListPage() {
  const { t } = useTranslation();
  const canManage = useCan("evaluation.manage");
  const plans = usePlans();
  const [planId, setPlanId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const evaluations = useEvaluations({ planId });

  const columns: TableColumnsType<Evaluation> = [
    { title: t("所属规划"), dataIndex: "planTitle", key: "plan", render: (title: string, item) => <Link to={`/evaluations/${item.id}`}>{title}</Link> },
    { title: t("评估类型"), key: "kind", render: (_value, item) => kindText(t, item) },
    { title: t("评估基准日"), dataIndex: "asOf", key: "asOf", width: 120 },
    { title: t("评估机构"), dataIndex: "evaluatorOrg", key: "evaluatorOrg" },
    {
      title: t("状态"),
      dataIndex: "state",
      key: "state",
      width: 90,
      render: (state: Evaluation["state"]) => <Tag color={STATE_COLORS[state]}>{t(STATE_LABELS[state])}</Tag>,
    },
    {
      title: t("任务评分"),
      key: "tasks",
      width: 110,
      align: "right",
      render: (_value, item) => `${item.progress.tasksScored} / ${item.progress.tasks}`,
    },
    {
      title: t("指标评分"),
      key: "indicators",
      width: 110,
      align: "right",
      render: (_value, item) => `${item.progress.indicatorsScored} / ${item.progress.indicators}`,
    },
  ];

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("评估")}
        </h1>
        <Space wrap>
          <label htmlFor="evaluations-plan">{t("所属规划")}</label>
          <Select
            id="evaluations-plan"
            style={{ minWidth: 320 }}
            value={planId}
            allowClear
            loading={plans.isPending}
            placeholder={t("全部规划")}
            onChange={(value: string | undefined) => setPlanId(value)}
            showSearch={{ optionFilterProp: "label" }}
            options={(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.title }))}
          />
          {canManage && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t("新建评估")}
            </Button>
          )}
        </Space>
      </div>
      <ApiErrorAlert error={evaluations.error} />
      <Table<Evaluation>
        rowKey="id"
        columns={columns}
        dataSource={evaluations.data ?? []}
        loading={evaluations.isFetching}
        locale={{ emptyText: canManage ? t("尚无评估，可点击“新建评估”") : t("尚无评估") }}
        pagination={{ hideOnSinglePage: true }}
      />
      {canManage && <EvaluationCreateModal open={creating} planId={planId} onClose={() => setCreating(false)} />}
    </>
  );
}
