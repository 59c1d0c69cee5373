import { useTranslation } from "react-i18next";
import type { Dashboard } from "./cockpit-api";
import { ChartCard } from "./chart-card";
import { stackedLightBars } from "./chart-options";
import { countsSummary } from "./chart-summary";
import { LightCountsTable } from "./light-counts-table";

/** Completion by chapter (a nested table's parent rows); a flat table is one group without a name. */
export function ChaptersCard({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const labels = data.chapters.map((c) => c.chapter ?? t("未分章节"));
  const counts = data.chapters.map((c) => c.counts);
  return (
    <ChartCard
      testId="cockpit-chapters"
      title={t("分章节完成情况")}
      summary={countsSummary(t, t("分章节完成情况"), labels, counts)}
      empty={labels.length === 0}
      height={Math.max(220, labels.length * 26 + 48)}
      option={stackedLightBars(t, labels, counts)}
      table={<LightCountsTable labelTitle={t("章节")} rows={labels.map((label, i) => ({ key: `${i}`, label, counts: counts[i] }))} />}
    />
  );
}
