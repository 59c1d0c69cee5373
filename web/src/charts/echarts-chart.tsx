import { useMemo, type HTMLAttributes } from "react";
import ReactEChartsCore from "echarts-for-react/esm/core";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";

type ClickHandler = (params: { dataIndex: number; name: string }) => void;

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, "onClick"> {
  option: EChartsCoreOption;
  height: number;
  /** SVG keeps text crisp at large font sizes (the portal); canvas is lighter for many bars. */
  renderer?: "canvas" | "svg";
  onClick?: ClickHandler;
}

/**
 * The one ECharts host of the web app (echarts-for-react over echarts/core). Each page registers
 * only the chart types and components it draws with `echarts.use`, so its chunk stays small.
 */
export function EChart({ option, height, renderer = "canvas", onClick, style, ...rest }: Props) {
  const onEvents = useMemo(() => (onClick ? { click: (params: { dataIndex: number; name: string }) => onClick(params) } : undefined), [onClick]);
  return (
    <ReactEChartsCore
      {...rest}
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer }}
      onEvents={onEvents}
      style={{ height, width: "100%", ...style }}
    />
  );
}
