import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Card, Select, Space, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { usePlan, usePlans } from "../plans/plans-api";
import { AsOfPicker } from "../supervision/as-of-picker";
import { LightCounts } from "../supervision/light-counts";
import { PlanLightsTable } from "../supervision/plan-lights-table";
import { ReportReviewDrawer } from "../supervision/report-review-drawer";
import { ReportStateTag } from "../supervision/report-view";
import { usePlanLights, useReports, type Report } from "../supervision/supervision-api";
import { PROGRESS_LABELS, ROLE_IN_TASK_LABELS } from "../supervision/supervision-labels";

const PAGE = 20;

/** Leaders, evaluators and the office: one plan's tasks, lights and reports in scope, without write buttons. */
export function ReadOnlyTasks() {
  const { t } = useTranslation();
  const plans = usePlans();
  const [planId, setPlanId] = useState<string>();
  const [asOf, setAsOf] = useState<string>();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string>();
  const plan = usePlan(planId);
  const lights = usePlanLights(planId, asOf);
  const reports = useReports({ planId, limit: PAGE, offset: (page - 1) * PAGE }, Boolean(planId));
  const taskContents = useMemo(() => new Map((plan.data?.tasks ?? []).map((task) => [task.id, task.content])), [plan.data]);
  const taskNos = useMemo(() => new Map((plan.data?.tasks ?? []).map((task) => [task.id, task.no])), [plan.data]);

  useEffect(() => {
    if (!planId && plans.data && plans.data.length > 0) setPlanId(plans.data[0].id);
  }, [plans.data, planId]);

  const columns: TableColumnsType<Report> = [
    { title: t("序号"), key: "no", width: 70, render: (_v, report) => taskNos.get(report.taskId) ?? "—" },
    { title: t("单位"), key: "unit", render: (_v, report) => `${report.unitName}（${t(ROLE_IN_TASK_LABELS[report.role])}）` },
    { title: t("节点"), key: "due", render: (_v, report) => `${report.milestoneLabel}（${report.due}）` },
    { title: t("进展状态"), key: "progress", render: (_v, report) => t(PROGRESS_LABELS[report.progress]) },
    { title: t("报告状态"), key: "state", render: (_v, report) => <ReportStateTag state={report.state} /> },
    {
      title: t("操作"),
      key: "open",
      render: (_v, report) => (
        <Button type="link" size="small" onClick={() => setOpenId(report.id)} aria-label={`${t("查看")} ${taskNos.get(report.taskId) ?? ""} ${report.unitName}`}>
          {t("查看")}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          <Space wrap>
            <label htmlFor="tasks-plan">{t("所属规划")}</label>
            <Select
              id="tasks-plan"
              style={{ minWidth: 360 }}
              value={planId}
              loading={plans.isPending}
              onChange={(value: string) => {
                setPlanId(value);
                setPage(1);
              }}
              showSearch={{ optionFilterProp: "label" }}
              options={(plans.data ?? []).map((item) => ({ value: item.id, label: item.title }))}
            />
          </Space>
          <AsOfPicker id="tasks-as-of" value={asOf} effective={lights.data?.asOf} onChange={setAsOf} periodStart={plan.data?.periodStart} periodEnd={plan.data?.periodEnd} />
        </Space>
      </Card>
      {!planId && plans.data && <Alert type="info" title={t("暂无规划")} />}
      {planId && (
        <>
          <LightCounts counts={lights.data?.counts} label={t("任务状态统计")} />
          <Card size="small" title={t("任务状态")} style={{ marginTop: 16 }}>
            <PlanLightsTable lights={lights.data} loading={lights.isFetching} taskContents={taskContents} />
          </Card>
          <Card size="small" title={t("进展报告")} style={{ marginTop: 16 }}>
            <Table<Report>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={reports.data?.items ?? []}
              loading={reports.isFetching}
              pagination={{ current: page, pageSize: PAGE, total: reports.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            />
          </Card>
        </>
      )}
      <ReportReviewDrawer reportId={openId} onClose={() => setOpenId(undefined)} />
    </>
  );
}
