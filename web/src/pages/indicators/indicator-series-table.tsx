import { Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { Figure, Indicator } from "./indicators-api";
import { formatNumber, formatTarget } from "./indicator-labels";
import { FigureStatus } from "./indicator-tags";

/** The chart's numbers as a table (the accessible alternative to the chart). */
export function IndicatorSeriesTable({ indicator, series }: { indicator: Indicator; series: Figure[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Figure> = [
    { title: t("年度"), dataIndex: "year", key: "year", width: 80 },
    { title: t("实际值"), key: "value", render: (_v, figure) => formatNumber(figure.value, indicator) },
    { title: t("序时进度"), key: "expected", render: (_v, figure) => formatNumber(figure.status.expected, indicator) },
    { title: t("目标值"), key: "target", render: () => formatTarget(indicator) },
    { title: t("状态"), key: "status", render: (_v, figure) => <FigureStatus figure={figure} indicator={indicator} /> },
  ];
  return <Table<Figure> rowKey="year" size="small" columns={columns} dataSource={series} pagination={false} />;
}
