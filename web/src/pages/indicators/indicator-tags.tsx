import { Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { Figure, Indicator, IndicatorLight, ValueState } from "./indicators-api";
import {
  ATTRIBUTE_COLORS,
  ATTRIBUTE_LABELS,
  formatNumber,
  formatTarget,
  LIGHT_COLORS,
  LIGHT_LABELS,
  LIGHT_SHAPES,
  NO_DATA_REASON_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  VALUE_STATE_COLORS,
  VALUE_STATE_LABELS,
} from "./indicator-labels";

export function AttributeTag({ attribute }: { attribute: Indicator["attribute"] }) {
  const { t } = useTranslation();
  if (!attribute) return <span>—</span>;
  return <Tag color={ATTRIBUTE_COLORS[attribute]}>{t(ATTRIBUTE_LABELS[attribute])}</Tag>;
}

/** A light as a coloured tag with a shape and its name (红灯…), never colour alone. */
export function IndicatorLightTag({ light }: { light: IndicatorLight }) {
  const { t } = useTranslation();
  return (
    <Tag color={LIGHT_COLORS[light]} className={`xk-light xk-light-${light}`} data-light={light} style={{ marginInlineEnd: 0 }}>
      <span aria-hidden="true">{LIGHT_SHAPES[light]} </span>
      {t(LIGHT_LABELS[light])}
    </Tag>
  );
}

/** Why a figure has its status, in words: the reason of no-data, or the figures compared. */
export function useStatusReason() {
  const { t } = useTranslation();
  return (figure: Figure, indicator: Pick<Indicator, "isRate" | "target" | "attribute">): string => {
    const { status } = figure;
    const value = formatNumber(figure.value, indicator);
    const expected = formatNumber(status.expected, indicator);
    const target = formatTarget(indicator);
    switch (status.status) {
      case "no-data":
        return t(NO_DATA_REASON_LABELS[status.reason ?? "no-value"]);
      case "met":
        return t("当前值 {{value}}，已达到目标 {{target}}", { value, target });
      case "on-track":
        return t("当前值 {{value}}，达到序时进度 {{expected}}（目标 {{target}}）", { value, expected, target });
      case "behind":
        return status.expected === null || status.elapsed === 1
          ? t("当前值 {{value}}，目标年份已到仍未达到目标 {{target}}", { value, target })
          : t("当前值 {{value}}，未达到序时进度 {{expected}}（目标 {{target}}）", { value, expected, target });
    }
  };
}

/** The status in words with its light; the reason shows on hover and on keyboard focus. */
export function FigureStatus({ figure, indicator }: { figure: Figure; indicator: Pick<Indicator, "isRate" | "target" | "attribute"> }) {
  const { t } = useTranslation();
  const reason = useStatusReason()(figure, indicator);
  return (
    <Space size={4} wrap className="xk-figure-status" data-status={figure.status.status}>
      <IndicatorLightTag light={figure.status.light} />
      <Tooltip title={reason} trigger={["hover", "focus"]}>
        <span tabIndex={0} className="xk-status-text" aria-label={`${t(STATUS_LABELS[figure.status.status])}：${reason}`}>
          {t(STATUS_LABELS[figure.status.status])}
        </span>
      </Tooltip>
    </Space>
  );
}

export function ValueStateTag({ state }: { state: ValueState }) {
  const { t } = useTranslation();
  return <Tag color={VALUE_STATE_COLORS[state]}>{t(VALUE_STATE_LABELS[state])}</Tag>;
}

/** The figure with where it comes from: 填报 (the region's own) or 汇总 (its subregions' sum). */
export function FigureValue({ figure, indicator }: { figure: Figure; indicator: Pick<Indicator, "isRate" | "target"> }) {
  const { t } = useTranslation();
  if (figure.source === "none") return <span className="xk-figure-value">—</span>;
  const detail = indicator.isRate && figure.numerator !== null && figure.denominator !== null ? `${figure.numerator}/${figure.denominator}` : null;
  return (
    <span className="xk-figure-value">
      <strong>{formatNumber(figure.value, indicator)}</strong>
      {detail && <span className="xk-figure-fraction"> （{detail}）</span>}{" "}
      <Tag className="xk-source" color={figure.source === "entered" ? "geekblue" : "purple"} data-source={figure.source}>
        {t(SOURCE_LABELS[figure.source])}
      </Tag>
    </span>
  );
}
