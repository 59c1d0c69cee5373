import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Light } from "./supervision-api";
import { LIGHT_COLORS, LIGHT_LABELS } from "./supervision-labels";

/** A status light as a coloured tag with a shape and a text label, so it never relies on colour alone. */
export function LightTag({ light }: { light: Light }) {
  const { t } = useTranslation();
  const shape = light === "done" ? "✓" : light === "red" ? "!" : light === "yellow" ? "▲" : "●";
  return (
    <Tag color={LIGHT_COLORS[light]} className={`xk-light xk-light-${light}`} data-light={light}>
      <span aria-hidden="true">{shape} </span>
      {t(LIGHT_LABELS[light])}
    </Tag>
  );
}
