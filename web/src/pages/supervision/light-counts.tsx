import { Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import type { LightCounts as Counts } from "./supervision-api";
import { LIGHT_COLORS, LIGHT_LABELS, LIGHT_ORDER } from "./supervision-labels";

/** Task counts per light, each with its text label; `label` names the group for screen readers. */
export function LightCounts({ counts, label }: { counts: Counts | undefined; label: string }) {
  const { t } = useTranslation();
  return (
    <section aria-label={label}>
      <Row gutter={[12, 12]}>
        {LIGHT_ORDER.map((light) => (
          <Col key={light} xs={12} sm={8} md={4}>
            <Card size="small" style={{ borderTop: `4px solid ${LIGHT_COLORS[light]}` }} data-testid={`count-${light}`}>
              <Statistic title={t(LIGHT_LABELS[light])} value={counts ? counts[light] : "—"} />
            </Card>
          </Col>
        ))}
        <Col xs={12} sm={8} md={4}>
          <Card size="small" style={{ borderTop: "4px solid #d9d9d9" }} data-testid="count-total">
            <Statistic title={t("任务总数")} value={counts ? counts.total : "—"} />
          </Card>
        </Col>
      </Row>
    </section>
  );
}
