import { useState } from "react";
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { LightSearchFilters } from "../supervision/light-search-filters";
import { LightTag } from "../supervision/light-tag";
import { ReportStateTag } from "../supervision/report-view";
import { useMyTasks, type Light, type MyTask } from "../supervision/supervision-api";
import { ROLE_IN_TASK_LABELS } from "../supervision/supervision-labels";
import { ReportFormDrawer } from "./report-form";

/** 我的任务: the unit's tasks with their light, next milestone and the report now awaited. */
export function MyTasks() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  const [open, setOpen] = useState<{ reportId: string; label: string }>();
  const [light, setLight] = useState<Light>();
  const [search, setSearch] = useState("");
  const needle = search.trim();
  // Returned reports first (the office is waiting), then the rest in document order.
  const rows = (tasks.data?.items ?? [])
    .filter((task) => (!light || task.light === light) && (!needle || task.no.startsWith(needle) || task.content.includes(needle)))
    .sort((a, b) => Number(b.currentReport?.state === "returned") - Number(a.currentReport?.state === "returned"));

  const columns: TableColumnsType<MyTask> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 70 },
    {
      title: t("工作任务"),
      key: "content",
      render: (_v, task) => (
        <>
          <div>{task.content}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {task.planTitle}
          </Typography.Text>
        </>
      ),
    },
    { title: t("本单位"), key: "role", width: 80, render: (_v, task) => <Tag>{t(ROLE_IN_TASK_LABELS[task.role])}</Tag> },
    { title: t("状态"), key: "light", width: 100, render: (_v, task) => <LightTag light={task.light} /> },
    {
      title: t("下一节点"),
      key: "next",
      width: 170,
      render: (_v, task) => (task.nextMilestone ? `${task.nextMilestone.label}（${task.nextMilestone.due}）` : <Typography.Text type="secondary">{t("无待报节点")}</Typography.Text>),
    },
    {
      title: t("本期报告"),
      key: "report",
      width: 110,
      render: (_v, task) => (task.currentReport ? <ReportStateTag state={task.currentReport.state} /> : "—"),
    },
    {
      title: t("操作"),
      key: "actions",
      width: 100,
      render: (_v, task) => {
        const report = task.currentReport;
        if (!report) return null;
        const writable = report.state === "draft" || report.state === "returned";
        return (
          <Button
            type={writable ? "primary" : "link"}
            size="small"
            aria-label={`${writable ? t("填报") : t("查看")} ${task.no}`}
            onClick={() => setOpen({ reportId: report.id, label: task.no })}
          >
            {writable ? t("填报") : t("查看")}
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t("状态截至 {{day}}", { day: tasks.data?.asOf ?? "—" })}</Typography.Text>
        <LightSearchFilters idPrefix="my-tasks" light={light} onLight={setLight} search={search} onSearch={setSearch} />
      </Space>
      <Table<MyTask>
        rowKey="taskId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={tasks.isFetching}
        locale={{ emptyText: tasks.data?.unitId === null ? t("您的账号尚未关联责任单位，请联系管理员") : t("暂无任务") }}
        rowClassName={(task) => (task.currentReport?.state === "returned" ? "xk-row-returned" : "")}
        pagination={{ pageSize: 20, showSizeChanger: false }}
      />
      <ReportFormDrawer reportId={open?.reportId} taskLabel={open?.label ?? ""} onClose={() => setOpen(undefined)} />
    </>
  );
}
