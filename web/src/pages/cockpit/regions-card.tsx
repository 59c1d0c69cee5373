import { useTranslation } from "react-i18next";
import type { Dashboard } from "./cockpit-api";
import { ChartCard } from "./chart-card";
import { stackedLightBars } from "./chart-options";
import { countsSummary } from "./chart-summary";
import { LightCountsTable } from "./light-counts-table";

/** The child regions (all their plans) for the drill-down: a bar or a row switches to that region. */
export function RegionsCard({ data, onRegion }: { data: Dashboard; onRegion: (regionCode: string) => void }) {
  const { t } = useTranslation();
  const children = data.children;
  return (
    <ChartCard
      testId="cockpit-regions"
      title={t("下级区划")}
      summary={countsSummary(t, t("下级区划"), children.map((c) => c.name), children.map((c) => c.counts))}
      height={Math.max(180, children.length * 26 + 48)}
      option={stackedLightBars(t, children.map((c) => c.name), children.map((c) => c.counts))}
      onClick={(params) => onRegion(children[params.dataIndex].regionCode)}
      table={
        <LightCountsTable
          labelTitle={t("行政区划")}
          rows={children.map((child) => ({ key: child.regionCode, label: child.name, counts: child.counts }))}
          onOpen={onRegion}
          openLabel={(name) => t("查看{{name}}", { name })}
        />
      }
    />
  );
}
