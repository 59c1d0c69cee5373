import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import type { PublicIndicator, PublicLight } from "./public-api";
import { INDICATOR_LIGHT_COLORS, INDICATOR_STATUS_LABELS, INDICATOR_STATUS_SYMBOLS, LIGHT_COLORS, LIGHT_LABELS, LIGHT_SYMBOLS } from "./public-labels";

/** A status as symbol + word on a colour: the word carries the meaning, the colour only helps. */
function Status({ color, symbol, label, kind }: { color: string; symbol: string; label: string; kind: string }) {
  return (
    <span className="xk-status" data-status={kind} style={{ "--xk-status-color": color } as CSSProperties}>
      <span aria-hidden="true">{symbol} </span>
      {label}
    </span>
  );
}

export function TaskStatus({ light }: { light: PublicLight }) {
  const { t } = useTranslation();
  return <Status color={LIGHT_COLORS[light]} symbol={LIGHT_SYMBOLS[light]} label={t(LIGHT_LABELS[light])} kind={light} />;
}

export function IndicatorStatus({ indicator }: { indicator: Pick<PublicIndicator, "status" | "light"> }) {
  const { t } = useTranslation();
  return (
    <Status
      color={INDICATOR_LIGHT_COLORS[indicator.light]}
      symbol={INDICATOR_STATUS_SYMBOLS[indicator.status]}
      label={t(INDICATOR_STATUS_LABELS[indicator.status])}
      kind={indicator.status}
    />
  );
}
