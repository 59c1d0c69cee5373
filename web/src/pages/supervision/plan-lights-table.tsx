import { useState } from "react";
import { Space, Table, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { LightSearchFilters } from "./light-search-filters";
import { LightTag } from "./light-tag";
import type { Light, PlanLights } from "./supervision-api";
import { ROLE_IN_TASK_LABELS } from "./supervision-labels";

type TaskLight = PlanLights["tasks"][number];

/** Each task of a plan with its light (the lead unit's) and every unit's own light beside it. */
export function PlanLightsTable({ lights, loading, taskContents }: { lights: PlanLights | undefined; loading: boolean; taskContents: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [light, setLight] = useState<Light>();
  const [search, setSearch] = useState("");
  const needle = search.trim();
  // Client-side: a plan has at most a few hundred tasks, all in this one answer.
  const rows = (lights?.tasks ?? []).filter(
    (task) => (!light || task.light === light) && (!needle || task.no.startsWith(needle) || (taskContents.get(task.taskId) ?? "").includes(needle)),
  );
  const columns: TableColumnsType<TaskLight> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 70 },
    {
      title: t("工作任务"),
      key: "content",
      render: (_v, task) => <Typography.Text>{taskContents.get(task.taskId) ?? "—"}</Typography.Text>,
    },
    { title: t("状态"), key: "light", width: 100, render: (_v, task) => <LightTag light={task.light} /> },
    {
      title: t("各单位"),
      key: "units",
      render: (_v, task) => (
        <Space size={[4, 4]} wrap>
          {task.units.map((unit) => (
            <span key={unit.unitId} className="xk-unit-light">
              {unit.unitName}（{t(ROLE_IN_TASK_LABELS[unit.role])}）<LightTag light={unit.light} />
            </span>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <LightSearchFilters idPrefix="plan-lights" light={light} onLight={setLight} search={search} onSearch={setSearch} />
      </Space>
      <Table<TaskLight>
        rowKey="taskId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={{ pageSize: 20, showSizeChanger: false }}
      />
    </>
  );
}
