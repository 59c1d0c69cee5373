import { lazy, Suspense } from "react";
import { Table } from "antd";
import { useTranslation } from "react-i18next";
import type { PublicLight, PublicPlanDetail } from "./public-api";
import { LIGHT_LABELS, LIGHT_ORDER } from "./public-labels";
import { TaskStatus } from "./public-status";
import { PublicTable } from "./public-table";
import { PublicSection } from "./public-section";

// ECharts is large; the plan page shows its words and table first and the picture when it arrives.
const PublicLightChart = lazy(async () => ({ default: (await import("./public-light-chart")).PublicLightChart }));

/** The plan's task statuses three ways: a sentence, a chart (for the eye) and a table (for everyone). */
export function PublicLightSummary({ plan }: { plan: PublicPlanDetail }) {
  const { t } = useTranslation();
  const { counts } = plan;
  const parts = LIGHT_ORDER.filter((light) => counts[light] > 0).map((light) => t("{{label}} {{count}} 项", { label: t(LIGHT_LABELS[light]), count: counts[light] }));
  const summary =
    counts.total === 0
      ? t("截至 {{asOf}}，本规划暂无任务。", { asOf: plan.asOf })
      : t("截至 {{asOf}}，共 {{total}} 项任务：{{parts}}。", { asOf: plan.asOf, total: counts.total, parts: parts.join(t("，")) });
  const share = (count: number) => (counts.total > 0 ? `${Math.round((count / counts.total) * 100)}%` : "—");
  return (
    <PublicSection title={t("实施进展概况")}>
      <p data-testid="public-status-summary">{summary}</p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 24 }}>
        <figure style={{ flex: "1 1 360px", margin: 0 }}>
          <Suspense fallback={null}>
            <PublicLightChart counts={counts} summary={summary} />
          </Suspense>
          <figcaption>{t("图：各状态任务数（数据见右侧表格）")}</figcaption>
        </figure>
        <div style={{ flex: "1 1 320px" }}>
          <PublicTable<{ light: PublicLight; count: number }>
            rowKey="light"
            size="small"
            caption={t("各状态任务数")}
            minWidth={16}
            dataSource={LIGHT_ORDER.map((light) => ({ light, count: counts[light] }))}
            columns={[
              { title: t("状态"), key: "light", render: (_value, row) => <TaskStatus light={row.light} /> },
              { title: t("任务数"), dataIndex: "count", key: "count", align: "right" },
              { title: t("占比"), key: "share", align: "right", render: (_value, row) => share(row.count) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t("合计")}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {counts.total}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {counts.total > 0 ? "100%" : "—"}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </div>
      </div>
    </PublicSection>
  );
}
