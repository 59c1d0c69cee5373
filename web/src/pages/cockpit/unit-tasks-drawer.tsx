import { Drawer, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { LightTag } from "../supervision/light-tag";
import { ROLE_IN_TASK_LABELS } from "../supervision/supervision-labels";
import { useUnitTasks, type DashboardParams, type UnitTask } from "./cockpit-api";

/** One unit's tasks in the viewed region and plan, each with the unit's own light and a link to the plan. */
export function UnitTasksDrawer({ unit, params, onClose }: { unit: { unitId: string; unitName: string } | undefined; params: DashboardParams; onClose: () => void }) {
  const { t } = useTranslation();
  const tasks = useUnitTasks(unit?.unitId, params);
  const columns: TableColumnsType<UnitTask> = [
    {
      title: t("序号"),
      key: "no",
      width: 72,
      render: (_v, task) => (
        <Link to={`/plans/${task.planId}?task=${encodeURIComponent(task.taskId)}`} aria-label={t("在规划中查看任务 {{no}}", { no: task.no })}>
          {task.no}
        </Link>
      ),
    },
    { title: t("工作任务"), key: "content", render: (_v, task) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: task.content }} style={{ margin: 0 }}>{task.content}</Typography.Paragraph> },
    { title: t("角色"), key: "role", width: 72, render: (_v, task) => <Tag>{t(ROLE_IN_TASK_LABELS[task.role])}</Tag> },
    { title: t("状态"), key: "light", width: 96, render: (_v, task) => <LightTag light={task.light} /> },
  ];
  return (
    <Drawer open={unit !== undefined} onClose={onClose} size={640} title={t("{{unit}}的任务", { unit: unit?.unitName ?? "" })} destroyOnHidden>
      <ApiErrorAlert error={tasks.error} />
      <Table<UnitTask> rowKey="taskId" size="small" loading={tasks.isFetching} columns={columns} dataSource={tasks.data?.items ?? []} pagination={{ pageSize: 20, size: "small", showSizeChanger: false, hideOnSinglePage: true }} />
    </Drawer>
  );
}
