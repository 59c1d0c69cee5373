import { useState, type ReactNode } from "react";
import { Card, Empty, Segmented } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useTranslation } from "react-i18next";
import { EChart } from "../../charts/echarts-chart";
import "./echarts-setup";

interface Props {
  /** Used for the card's heading and to name the toggle and the table for screen readers. */
  title: string;
  /** One or two sentences saying what the chart shows, read out in place of the canvas. */
  summary: string;
  option: EChartsCoreOption;
  height: number;
  table: ReactNode;
  /** Nothing to draw: the chart view says so (with `emptyText`), the table view still shows its rows. */
  empty?: boolean;
  emptyText?: string;
  extra?: ReactNode;
  /** Drill-down on a bar; every click target is also a row of the table. */
  onClick?: (params: { dataIndex: number; name: string }) => void;
  testId: string;
}

/** A dashboard card: a chart, or the same figures as a table (图表 / 表格), never only the chart. */
export function ChartCard({ title, summary, option, height, table, empty, emptyText, extra, onClick, testId }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">("chart");
  return (
    <Card
      size="small"
      title={<h2 className="xk-cockpit-card-title">{title}</h2>}
      data-testid={testId}
      extra={
        <span className="xk-cockpit-card-extra">
          {extra}
          <Segmented
            size="small"
            aria-label={t("{{title}}：显示方式", { title })}
            value={view}
            onChange={(value) => setView(value as "chart" | "table")}
            options={[
              { value: "chart", label: t("图表") },
              { value: "table", label: t("表格") },
            ]}
          />
        </span>
      }
    >
      {view === "table" ? (
        <section aria-label={t("{{title}}（表格）", { title })}>{table}</section>
      ) : empty ? (
        <Empty description={emptyText ?? t("暂无数据")} />
      ) : (
        <div role="img" aria-label={summary} className="xk-cockpit-chart">
          <EChart option={option} height={height} onClick={onClick} />
        </div>
      )}
    </Card>
  );
}
