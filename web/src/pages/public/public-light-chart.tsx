import { useMemo } from "react";
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { EChart } from "../../charts/echarts-chart";
import { SVGRenderer } from "echarts/renderers";
import { useTranslation } from "react-i18next";
import type { PublicPlanDetail } from "./public-api";
import { usePublicDisplay } from "./public-display";
import { LIGHT_COLORS, LIGHT_LABELS, LIGHT_ORDER } from "./public-labels";

// Only what this bar chart draws; SVG keeps the text crisp at the large font sizes.
echarts.use([BarChart, GridComponent, SVGRenderer]);

/**
 * Tasks per status as horizontal bars. It is a picture for sighted readers only: `summary` (the same
 * numbers in words) is its text alternative, and the table beside it carries the figures.
 */
export function PublicLightChart({ counts, summary }: { counts: PublicPlanDetail["counts"]; summary: string }) {
  const { t } = useTranslation();
  const { fontPixels, highContrast } = usePublicDisplay();
  const option = useMemo(() => {
    const text = highContrast ? "#000" : "rgba(0, 0, 0, 0.88)";
    return {
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1, axisLabel: { color: text, fontSize: fontPixels } },
      yAxis: { type: "category", inverse: true, data: LIGHT_ORDER.map((light) => t(LIGHT_LABELS[light])), axisLabel: { color: text, fontSize: fontPixels } },
      series: [
        {
          type: "bar",
          data: LIGHT_ORDER.map((light) => ({
            value: counts[light],
            itemStyle: { color: LIGHT_COLORS[light], borderColor: highContrast ? "#000" : LIGHT_COLORS[light], borderWidth: highContrast ? 2 : 0 },
          })),
          label: { show: true, position: "right", color: text, fontSize: fontPixels },
        },
      ],
    };
  }, [counts, fontPixels, highContrast, t]);

  return <EChart option={option} renderer="svg" height={fontPixels * 14} role="img" aria-label={summary} data-testid="public-light-chart" />;
}
