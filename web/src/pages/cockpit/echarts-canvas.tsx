import { useEffect, useRef } from "react";
import type { EChartsCoreOption, EChartsType } from "echarts/core";
import { echarts } from "./echarts-setup";

type ClickHandler = (params: { dataIndex: number; name: string }) => void;

/**
 * One ECharts instance on a canvas, resized with its container. A thin stand-in for
 * echarts-for-react/esm/core, which imports `tslib` without declaring it (see the report).
 */
export function EChartsCanvas({ option, height, onClick }: { option: EChartsCoreOption; height: number; onClick?: ClickHandler }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: unknown) => onClick(params as { dataIndex: number; name: string });
    instance.on("click", handler);
    return () => {
      instance.off("click", handler);
    };
  }, [onClick]);

  return <div ref={element} style={{ height, width: "100%" }} />;
}
