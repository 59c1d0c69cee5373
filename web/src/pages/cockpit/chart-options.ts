import type { EChartsCoreOption } from "echarts/core";
import type { TFunction } from "i18next";
import type { Light, LightCounts } from "../supervision/supervision-api";
import { LIGHT_COLORS, LIGHT_LABELS, LIGHT_ORDER } from "../supervision/supervision-labels";
import type { Dashboard, DashboardIndicator } from "./cockpit-api";
import { achievement } from "./indicator-achievement";

/** ECharts options of the dashboard's charts; colours and names of lights are the supervision pages'. */

const TEXT = "#262626";
const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function lightSeriesName(t: TFunction, light: Light): string {
  return t(LIGHT_LABELS[light]);
}

/** Horizontal bars, one per category (unit, chapter, region), stacked by light; the first category on top. */
export function stackedLightBars(t: TFunction, categories: readonly string[], counts: readonly LightCounts[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, textStyle: { color: TEXT } },
    grid: { left: 8, right: 16, top: 32, bottom: 8 },
    xAxis: { type: "value", minInterval: 1, axisLabel: { color: TEXT } },
    yAxis: {
      type: "category",
      inverse: true,
      data: categories,
      axisLabel: { color: TEXT, width: 130, overflow: "truncate", formatter: (value: string) => short(value, 12) },
    },
    series: LIGHT_ORDER.map((light) => ({
      type: "bar",
      stack: "lights",
      name: lightSeriesName(t, light),
      itemStyle: { color: LIGHT_COLORS[light] },
      barMaxWidth: 22,
      data: counts.map((c) => c[light]),
    })),
  };
}

/** Task lights at each quarter end and on the day, as stacked areas. */
export function lightsOverTime(t: TFunction, trend: Dashboard["trend"]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0, textStyle: { color: TEXT } },
    grid: { left: 8, right: 16, top: 32, bottom: 8 },
    xAxis: { type: "category", boundaryGap: false, data: trend.map((p) => p.date), axisLabel: { color: TEXT } },
    yAxis: { type: "value", minInterval: 1, axisLabel: { color: TEXT } },
    series: LIGHT_ORDER.map((light) => ({
      type: "line",
      stack: "lights",
      name: lightSeriesName(t, light),
      areaStyle: { opacity: 0.85 },
      symbol: "none",
      itemStyle: { color: LIGHT_COLORS[light] },
      lineStyle: { width: 1 },
      data: trend.map((p) => p.counts[light]),
    })),
  };
}

export function overdueTrend(t: TFunction, trend: Dashboard["trend"]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    xAxis: { type: "category", data: trend.map((p) => p.date), axisLabel: { color: TEXT } },
    yAxis: { type: "value", minInterval: 1, axisLabel: { color: TEXT } },
    series: [
      {
        type: "line",
        name: t("逾期节点数"),
        itemStyle: { color: LIGHT_COLORS.red },
        areaStyle: { opacity: 0.15 },
        data: trend.map((p) => p.overdue),
      },
    ],
  };
}

const INDICATOR_COLORS: Record<DashboardIndicator["light"], string> = { green: LIGHT_COLORS.green, yellow: LIGHT_COLORS.yellow, red: LIGHT_COLORS.red, grey: LIGHT_COLORS.grey };

/**
 * Bullet-like bars: each indicator's figure as a share of its target (100 % = target, the line), with
 * the 序时进度 as a marker; indicators without a comparable figure are left to the table.
 */
export function indicatorBullets(t: TFunction, items: readonly DashboardIndicator[]): EChartsCoreOption {
  const rows = items.map((item) => ({ item, share: achievement(item, item.value), expected: achievement(item, item.expected) })).filter((row) => row.share !== null);
  return {
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    // Bars take their indicator's status colour, so only the marker needs a legend entry.
    legend: { top: 0, data: [t("序时进度")], textStyle: { color: TEXT } },
    grid: { left: 8, right: 24, top: 32, bottom: 8 },
    xAxis: { type: "value", max: (extent: { max: number }) => Math.max(120, Math.ceil(extent.max / 10) * 10), axisLabel: { color: TEXT, formatter: "{value}%" } },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((row) => row.item.name),
      axisLabel: { color: TEXT, width: 150, overflow: "truncate", formatter: (value: string) => short(value, 13) },
    },
    series: [
      {
        type: "bar",
        name: t("完成目标的比例"),
        barMaxWidth: 16,
        itemStyle: { color: LIGHT_COLORS.green },
        data: rows.map((row) => ({ value: Math.round(row.share! * 10) / 10, itemStyle: { color: INDICATOR_COLORS[row.item.light] } })),
        // The category axis is inverted, so the line starts at the top: the label stays clear of the axis labels.
        markLine: { symbol: "none", label: { formatter: t("目标"), color: TEXT, position: "start" }, lineStyle: { color: TEXT, type: "solid", width: 2 }, data: [{ xAxis: 100 }] },
      },
      {
        type: "line",
        name: t("序时进度"),
        symbol: "diamond",
        symbolSize: 12,
        lineStyle: { opacity: 0 },
        itemStyle: { color: "#531dab" },
        data: rows.map((row) => (row.expected === null ? null : Math.round(row.expected * 10) / 10)),
      },
    ],
  };
}
