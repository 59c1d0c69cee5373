import { Table } from "antd";
import { useTranslation } from "react-i18next";
import type { Dashboard } from "./cockpit-api";
import { ChartCard } from "./chart-card";
import { lightsOverTime, overdueTrend } from "./chart-options";
import { LightCountsTable } from "./light-counts-table";

/** Task lights at each quarter end (and on the day). */
export function LightsTrendCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const first = data.trend[0];
  const last = data.trend[data.trend.length - 1];
  const summary = t("状态变化：{{from}} 至 {{to}} 共 {{n}} 个时点；截至 {{to}} 已完成 {{done}}、正常 {{green}}、预警 {{yellow}}、逾期 {{red}}、未开始 {{grey}}。", {
    from: first.date,
    to: last.date,
    n: data.trend.length,
    ...last.counts,
  });
  return (
    <ChartCard
      testId="cockpit-trend"
      title={t("状态变化")}
      summary={summary}
      empty={last.counts.total === 0}
      height={260}
      option={lightsOverTime(t, data.trend)}
      table={<LightCountsTable labelTitle={t("日期")} rows={data.trend.map((p) => ({ key: p.date, label: p.date, counts: p.counts }))} />}
    />
  );
}

/** Milestones past due without an accepted report, at the same days. */
export function OverdueTrendCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const peak = data.trend.reduce((max, p) => (p.overdue > max.overdue ? p : max), data.trend[0]);
  const last = data.trend[data.trend.length - 1];
  const summary = t("逾期节点趋势：截至 {{date}} 逾期 {{n}} 个节点；最多时 {{peak}} 个（{{peakDate}}）。", { date: last.date, n: last.overdue, peak: peak.overdue, peakDate: peak.date });
  return (
    <ChartCard
      testId="cockpit-overdue"
      title={t("逾期节点趋势")}
      summary={summary}
      height={260}
      option={overdueTrend(t, data.trend)}
      table={
        <Table
          rowKey="date"
          size="small"
          pagination={data.trend.length > 8 ? { pageSize: 8, size: "small", showSizeChanger: false } : false}
          dataSource={data.trend}
          columns={[
            { title: t("日期"), dataIndex: "date", key: "date" },
            { title: t("逾期节点数"), dataIndex: "overdue", key: "overdue", align: "right" },
          ]}
        />
      }
    />
  );
}
