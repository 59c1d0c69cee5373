import type { TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { PublicIndicator } from "./public-api";
import { ATTRIBUTE_LABELS } from "./public-labels";
import { IndicatorStatus } from "./public-status";
import { PublicTable } from "./public-table";
import { PublicSection } from "./public-section";
import { Zh } from "./public-zh";

const OPS: Record<PublicIndicator["target"]["op"], string> = { ">": ">", ">=": "≥", "=": "=", "<": "<", "<=": "≤" };

function figure(value: number | null, unit: string | null): string {
  if (value === null) return "—";
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit ? `${rounded} ${unit}` : rounded;
}

/** The target as the plan states it: a number with its comparison, else the plan's own words. */
export function targetText(indicator: PublicIndicator): string {
  if (indicator.target.value === null) return indicator.target.text ?? "—";
  return `${OPS[indicator.target.op]} ${figure(indicator.target.value, indicator.target.unit)}`;
}

/** 主要指标: each indicator's latest accepted figure against its target and the straight-line 序时进度. */
export function PublicIndicatorsTable({ indicators, year }: { indicators: readonly PublicIndicator[]; year: number }) {
  const { t } = useTranslation();
  const unitOf = (indicator: PublicIndicator) => (indicator.isRate ? "%" : indicator.target.unit);
  const columns: TableColumnsType<PublicIndicator> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 70 },
    { title: t("指标"), dataIndex: "name", key: "name", width: 260, render: (text: string | null) => <Zh>{text}</Zh> },
    { title: t("属性"), dataIndex: "attribute", key: "attribute", width: 90, render: (attribute: PublicIndicator["attribute"]) => (attribute ? t(ATTRIBUTE_LABELS[attribute]) : "—") },
    {
      title: t("基期值"),
      key: "baseline",
      width: 130,
      render: (_value, indicator) => (indicator.baseline ? `${figure(indicator.baseline.value, unitOf(indicator))}（${indicator.baseline.year}）` : "—"),
    },
    { title: t("目标值"), key: "target", width: 150, render: (_value, indicator) => `${targetText(indicator)}（${indicator.targetYear}）` },
    { title: t("{{year}} 年实际值", { year }), key: "value", width: 130, render: (_value, indicator) => figure(indicator.value, unitOf(indicator)) },
    { title: t("序时进度"), key: "expected", width: 110, render: (_value, indicator) => figure(indicator.expected, unitOf(indicator)) },
    { title: t("状态"), key: "status", width: 150, render: (_value, indicator) => <IndicatorStatus indicator={indicator} /> },
  ];
  return (
    <PublicSection title={t("主要指标")}>
      <p>{t("实际值为残工委办公室审核通过的 {{year}} 年数据；序时进度为从基期到目标年按时间均匀推进应达到的数值。", { year })}</p>
      <PublicTable<PublicIndicator>
        rowKey="id"
        caption={t("主要指标完成情况（{{year}} 年）", { year })}
        columns={columns}
        dataSource={[...indicators]}
        locale={{ emptyText: t("本规划暂无量化指标") }}
        minWidth={62}
      />
    </PublicSection>
  );
}
