import { useState } from "react";
import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import type { Dashboard } from "./cockpit-api";
import { ChartCard } from "./chart-card";
import { stackedLightBars } from "./chart-options";
import { countsSummary } from "./chart-summary";
import { LightCountsTable } from "./light-counts-table";

/** The chart keeps the busiest units readable at 1366 px; the table lists them all. */
const CHART_UNITS = 12;

/** Completion by responsible unit, as lead or as partner; a bar or a row opens the unit's tasks. */
export function UnitsCard({ data, onUnit }: { data: Dashboard; onUnit: (unit: { unitId: string; unitName: string }) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<"lead" | "partner">("lead");
  const units = data.units.filter((unit) => unit[role].total > 0);
  const shown = units.slice(0, CHART_UNITS);
  const title = role === "lead" ? t("责任单位完成情况（牵头）") : t("责任单位完成情况（配合）");
  return (
    <ChartCard
      testId="cockpit-units"
      title={t("责任单位完成情况")}
      summary={countsSummary(t, title, units.map((u) => u.unitName), units.map((u) => u[role]))}
      empty={units.length === 0}
      height={Math.max(220, shown.length * 26 + 48)}
      option={stackedLightBars(t, shown.map((u) => u.unitName), shown.map((u) => u[role]))}
      onClick={(params) => onUnit(shown[params.dataIndex])}
      extra={
        <Segmented
          size="small"
          aria-label={t("单位角色")}
          value={role}
          onChange={(value) => setRole(value as "lead" | "partner")}
          options={[
            { value: "lead", label: t("牵头") },
            { value: "partner", label: t("配合") },
          ]}
        />
      }
      table={
        <LightCountsTable
          labelTitle={t("单位")}
          rows={units.map((unit) => ({ key: unit.unitId, label: unit.unitName, counts: unit[role] }))}
          onOpen={(unitId) => onUnit(units.find((unit) => unit.unitId === unitId)!)}
        />
      }
    />
  );
}
