import { Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { STATE_LABELS } from "../../../../src/indicators/math/indicator-status";
import { LIGHT_COLORS } from "../supervision/supervision-labels";
import type { Dashboard, DashboardIndicator } from "./cockpit-api";
import { ChartCard } from "./chart-card";
import { indicatorBullets } from "./chart-options";
import { achievement } from "./indicator-achievement";

const ATTRIBUTE_LABELS = { binding: "约束性", expected: "预期性" } as const;

function formatNumber(value: number | null): string {
  return value === null ? "—" : String(Math.round(value * 100) / 100);
}

function targetText(item: DashboardIndicator): string {
  if (item.target.text) return item.target.text;
  if (item.target.value === null) return "—";
  return `${item.target.op === "=" ? "" : item.target.op}${item.target.value}${item.target.unit ?? ""}`;
}

/** The plan's indicators against their targets at the plan's region, in the year the answer names. */
export function IndicatorsCard({ indicators }: { indicators: NonNullable<Dashboard["indicators"]> }) {
  const { t } = useTranslation();
  const items = indicators.items;
  const charted = items.filter((item) => achievement(item, item.value) !== null);
  const met = items.filter((item) => item.status === "met").length;
  const behind = items.filter((item) => item.status === "behind").length;
  const summary = t("主要指标（{{year}} 年）：共 {{n}} 项，已达标 {{met}} 项，滞后 {{behind}} 项，图中 {{charted}} 项有可比数据。", {
    year: indicators.year,
    n: items.length,
    met,
    behind,
    charted: charted.length,
  });
  const columns: TableColumnsType<DashboardIndicator> = [
    {
      title: t("指标"),
      key: "name",
      render: (_v, item) => (
        <>
          <Typography.Text ellipsis={{ tooltip: item.name }} style={{ display: "block" }}>
            {item.name}
          </Typography.Text>
          {item.attribute && <Typography.Text type="secondary">{t(ATTRIBUTE_LABELS[item.attribute])}</Typography.Text>}
        </>
      ),
    },
    { title: t("目标"), key: "target", width: 76, ellipsis: true, render: (_v, item) => targetText(item) },
    { title: t("实际值"), key: "value", width: 72, align: "right", render: (_v, item) => formatNumber(item.value) },
    { title: t("序时进度"), key: "expected", width: 88, align: "right", render: (_v, item) => formatNumber(item.expected) },
    { title: t("状态"), key: "status", width: 112, render: (_v, item) => <Tag color={LIGHT_COLORS[item.light]}>{t(STATE_LABELS[item.status])}</Tag> },
  ];
  return (
    <ChartCard
      testId="cockpit-indicators"
      title={t("主要指标完成情况（{{year}} 年）", { year: indicators.year })}
      summary={summary}
      empty={charted.length === 0}
      emptyText={t("尚无可与目标比较的数值，见表格")}
      height={Math.max(200, charted.length * 28 + 56)}
      option={indicatorBullets(t, items)}
      table={<Table<DashboardIndicator> rowKey="id" size="small" columns={columns} dataSource={items} pagination={items.length > 8 ? { pageSize: 8, size: "small", showSizeChanger: false } : false} />}
    />
  );
}
