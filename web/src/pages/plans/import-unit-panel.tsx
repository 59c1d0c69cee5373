import { Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { PreviewUnitDto } from "../../../../src/plans/plan.schemas";
import type { UnitDto } from "../../../../src/shared/api";
import { UNIT_KIND_LABELS, unitKinds } from "../settings/labels";
import type { UnitChoice } from "./import-state";

interface Props {
  names: string[];
  previewUnits: PreviewUnitDto[];
  regionUnits: UnitDto[];
  choices: Record<string, UnitChoice>;
  onChange: (name: string, choice: UnitChoice) => void;
}

const CREATE = "__create__";
const AUTO = "__auto__";

const STATUS_LABELS: Record<PreviewUnitDto["status"], { label: string; color: string }> = {
  exact: { label: "已匹配", color: "green" },
  alias: { label: "按别名匹配", color: "green" },
  renamed: { label: "按机构改革更名匹配", color: "blue" },
  unknown: { label: "未识别的单位", color: "orange" },
};

/**
 * Step 3: every unit name of the rows. Unknown ones are mapped to an existing unit (candidates
 * listed first) or created under today's suggested name; matched ones can be overridden.
 */
export function ImportUnitPanel({ names, previewUnits, regionUnits, choices, onChange }: Props) {
  const { t } = useTranslation();
  const byName = new Map(previewUnits.map((unit) => [unit.nameAsWritten, unit]));
  const rows = names.map((name) => ({ name, unit: byName.get(name) }));

  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t("原文单位名称"), dataIndex: "name", key: "name", width: 200 },
    {
      title: t("识别结果"),
      key: "status",
      width: 170,
      render: (_value, row) => {
        const status = STATUS_LABELS[row.unit?.status ?? "unknown"];
        return <Tag color={status.color}>{t(row.unit ? status.label : "编辑后新出现的名称")}</Tag>;
      },
    },
    {
      title: t("对应单位"),
      key: "choice",
      render: (_value, row) => {
        const choice = choices[row.name] ?? { kind: row.unit && row.unit.status !== "unknown" ? "auto" : "create", name: row.name, unitKind: "department" };
        const candidateIds = new Set(row.unit?.candidates.map((candidate) => candidate.unitId) ?? []);
        const resolvedName = row.unit?.unitName;
        const options = [
          ...(row.unit && row.unit.status !== "unknown" && resolvedName ? [{ value: AUTO, label: `${t("按识别结果")}：${resolvedName}` }] : []),
          { value: CREATE, label: t("新建单位") },
          ...(candidateIds.size > 0
            ? [{ label: t("候选单位"), options: (row.unit?.candidates ?? []).map((candidate) => ({ value: candidate.unitId, label: candidate.name })) }]
            : []),
          {
            label: t("本地区其他单位"),
            options: regionUnits.filter((unit) => !candidateIds.has(unit.id)).map((unit) => ({ value: unit.id, label: unit.name })),
          },
        ];
        const value = choice.kind === "auto" ? AUTO : choice.kind === "create" ? CREATE : choice.unitId;
        return (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Select
              aria-label={`${t("对应单位")}：${row.name}`}
              style={{ width: "100%", maxWidth: 420 }}
              value={value}
              showSearch={{ optionFilterProp: "label" }}
              options={options}
              onChange={(selected: string) => {
                if (selected === AUTO) onChange(row.name, { kind: "auto" });
                else if (selected === CREATE) {
                  onChange(row.name, { kind: "create", name: row.unit?.suggestedNames[0] ?? row.name, unitKind: row.unit?.suggestedKind ?? "department" });
                } else onChange(row.name, { kind: "unit", unitId: selected });
              }}
            />
            {choice.kind === "create" && (
              <Space wrap>
                <Input
                  aria-label={`${t("新建单位名称")}：${row.name}`}
                  style={{ width: 220 }}
                  value={choice.name}
                  onChange={(event) => onChange(row.name, { ...choice, name: event.target.value })}
                />
                <Select
                  aria-label={`${t("单位类型")}：${row.name}`}
                  style={{ width: 160 }}
                  value={choice.unitKind}
                  options={unitKinds.map((kind) => ({ value: kind, label: t(UNIT_KIND_LABELS[kind]) }))}
                  onChange={(unitKind: UnitDto["kind"]) => onChange(row.name, { ...choice, unitKind })}
                />
                {choice.name.trim() !== row.name && (
                  <Typography.Text type="secondary">{t("原名称“{{name}}”将作为别名保存", { name: row.name })}</Typography.Text>
                )}
              </Space>
            )}
          </Space>
        );
      },
    },
  ];
  return <Table rowKey="name" size="small" columns={columns} dataSource={rows} pagination={false} aria-label={t("单位对应")} />;
}
