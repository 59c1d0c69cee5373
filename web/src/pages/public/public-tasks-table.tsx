import { useMemo, useState } from "react";
import { Input, Select, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { PublicLight, PublicTask } from "./public-api";
import { LIGHT_LABELS, LIGHT_ORDER } from "./public-labels";
import { TaskStatus } from "./public-status";
import { PublicTable } from "./public-table";
import { PublicSection } from "./public-section";
import { Zh } from "./public-zh";

type StatusFilter = PublicLight | "all";

/** Whether a task mentions the words anywhere a reader would look: number, content, units, schedule, progress. */
function matches(task: PublicTask, words: string): boolean {
  if (!words) return true;
  const haystack = [task.no, task.chapter ?? "", task.content, task.leadUnit ?? "", ...task.partnerUnits, task.schedule ?? "", task.progress?.text ?? ""].join("\n");
  return words.split(/\s+/).every((word) => haystack.includes(word));
}

/** 任务分工: every task of the plan with its status in words, searchable and filterable by status. */
export function PublicTasksTable({ tasks, asOf }: { tasks: readonly PublicTask[]; asOf: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<StatusFilter>("all");
  const shown = useMemo(
    () => tasks.filter((task) => (status === "all" || task.light === status) && matches(task, search.trim())),
    [tasks, status, search],
  );

  const columns: TableColumnsType<PublicTask> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 80 },
    { title: t("任务"), dataIndex: "content", key: "content", width: 360, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("牵头单位"), dataIndex: "leadUnit", key: "leadUnit", width: 140, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("配合单位"), key: "partnerUnits", width: 180, render: (_value, task) => <Zh>{task.partnerUnits.join("、")}</Zh> },
    { title: t("时间进度"), dataIndex: "schedule", key: "schedule", width: 160, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("状态"), dataIndex: "light", key: "light", width: 130, render: (light: PublicLight) => <TaskStatus light={light} /> },
    {
      title: t("最新进展"),
      key: "progress",
      width: 320,
      render: (_value, task) =>
        task.progress ? (
          <>
            <Zh>{task.progress.text}</Zh>
            <br />
            <small>{t("（{{date}} 审核通过）", { date: task.progress.acceptedOn })}</small>
          </>
        ) : (
          t("暂无公开的进展")
        ),
    },
  ];

  return (
    <PublicSection title={t("任务分工与进展")}>
      <div className="xk-public-toolbar">
        <span>
          <label htmlFor="public-task-search">{t("查找任务")}</label>{" "}
          <Input id="public-task-search" type="search" allowClear value={search} onChange={(event) => setSearch(event.target.value)} style={{ width: "16em" }} />
        </span>
        <span>
          <label htmlFor="public-task-status">{t("按状态筛选")}</label>{" "}
          <Select<StatusFilter>
            id="public-task-status"
            value={status}
            onChange={setStatus}
            style={{ minWidth: "10em" }}
            options={[{ value: "all", label: t("全部状态") }, ...LIGHT_ORDER.map((light) => ({ value: light, label: t(LIGHT_LABELS[light]) }))]}
          />
        </span>
        <span role="status" data-testid="public-task-count">
          {t("显示 {{shown}} 项，共 {{total}} 项", { shown: shown.length, total: tasks.length })}
        </span>
      </div>
      <PublicTable<PublicTask>
        rowKey="id"
        caption={t("任务分工与进展（状态截至 {{asOf}}）", { asOf })}
        columns={columns}
        dataSource={shown}
        locale={{ emptyText: t("没有符合条件的任务") }}
        minWidth={81}
      />
    </PublicSection>
  );
}
