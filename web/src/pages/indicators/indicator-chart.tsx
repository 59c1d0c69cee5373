import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import { EChart } from "../../charts/echarts-chart";
import { LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { Figure, Indicator } from "./indicators-api";
import { formatNumber, unitOf } from "./indicator-labels";

// Only what a line chart needs, so the indicators chunk stays small. SVG keeps the text sharp in screenshots and print.
echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

type Series = Figure[];
type ChartOption = EChartsCoreOption;


const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * The indicator's figure year by year against its target and the 序时进度 line. The three lines differ in
 * dash and marker as well as colour, and the same numbers are in the table alternative.
 */
/** Default export, for React.lazy: ECharts loads only with an indicator's page. */
export default function IndicatorChart({ indicator, series }: { indicator: Indicator; series: Series }) {
  const { t } = useTranslation();
  const unit = unitOf(indicator);
  const option = useMemo<ChartOption>(() => {
    const years = series.map((figure) => String(figure.year));
    const actual = t("实际值");
    const expected = t("序时进度");
    const target = t("目标值");
    return {
      aria: { enabled: true },
      animation: false,
      textStyle: { fontFamily: '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif' },
      tooltip: {
        trigger: "axis",
        valueFormatter: (value: unknown) => (typeof value === "number" ? formatNumber(value, indicator) : "—"),
      },
      legend: { top: 0, data: [actual, expected, target] },
      grid: { left: 56, right: 24, top: 36, bottom: 32 },
      xAxis: { type: "category", data: years, boundaryGap: false },
      yAxis: { type: "value", name: unit, scale: true, axisLabel: { formatter: (value: number) => `${value}` } },
      series: [
        {
          name: actual,
          type: "line",
          data: series.map((figure) => round(figure.value)),
          connectNulls: false,
          symbol: "circle",
          symbolSize: 8,
          lineStyle: { width: 3, color: "#0958d9" },
          itemStyle: { color: "#0958d9" },
        },
        {
          name: expected,
          type: "line",
          data: series.map((figure) => round(figure.status.expected)),
          symbol: "triangle",
          symbolSize: 7,
          lineStyle: { type: "dashed", width: 2, color: "#ad6800" },
          itemStyle: { color: "#ad6800" },
        },
        {
          name: target,
          type: "line",
          data: indicator.target.value === null || indicator.target.change ? [] : series.map(() => indicator.target.value),
          symbol: "none",
          lineStyle: { type: "dotted", width: 2, color: "#a8071a" },
          itemStyle: { color: "#a8071a" },
        },
      ],
    };
  }, [indicator, series, t, unit]);
  return (
    <figure className="xk-chart" aria-label={t("{{name}}：历年数值与目标、序时进度", { name: indicator.name })}>
      <EChart option={option} height={280} renderer="svg" />
    </figure>
  );
}
