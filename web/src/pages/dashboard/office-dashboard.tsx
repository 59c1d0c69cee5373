import { Card, Col, List, Row } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../auth/session";
import { LightCounts } from "../supervision/light-counts";
import { LightTag } from "../supervision/light-tag";
import { useDueSoon, useNotices, useOverdue, useOverview, useReviewQueue } from "../supervision/supervision-api";
import { ActionCard } from "./action-card";

/** Office, leader and evaluator: the lights in scope and, for the office, what waits on it now. */
export function OfficeDashboard() {
  const { t } = useTranslation();
  const canReview = useCan("report.review");
  const overview = useOverview({});
  const queue = useReviewQueue({ limit: 1 }, canReview);
  const overdue = useOverdue({ limit: 1 });
  const dueSoon = useDueSoon({ limit: 1 });
  const responded = useNotices({ state: "responded", limit: 1 });

  return (
    <>
      <Card size="small" title={t("规划实施概况（截至 {{day}}）", { day: overview.data?.asOf ?? "—" })} style={{ marginBottom: 16 }}>
        <LightCounts counts={overview.data?.counts} label={t("任务状态统计")} />
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {canReview && (
          <Col xs={24} sm={12} md={6}>
            <ActionCard title={t("待审核报告")} value={queue.data?.total} to="/supervision?tab=review" linkText={t("去审核")} />
          </Col>
        )}
        <Col xs={24} sm={12} md={6}>
          <ActionCard title={t("逾期（任务×单位）")} value={overdue.data?.total} to="/supervision?tab=overdue" linkText={t("查看逾期")} />
        </Col>
        <Col xs={24} sm={12} md={6}>
          <ActionCard title={t("临期报告")} value={dueSoon.data?.total} to="/supervision?tab=overdue" linkText={t("查看临期")} />
        </Col>
        {canReview && (
          <Col xs={24} sm={12} md={6}>
            <ActionCard title={t("已回复待办结的督办通知")} value={responded.data?.total} to="/supervision?tab=notices" linkText={t("去办结")} />
          </Col>
        )}
      </Row>
      <Card size="small" title={t("各规划状态")}>
        <List
          locale={{ emptyText: t("暂无规划") }}
          dataSource={overview.data?.plans ?? []}
          renderItem={(plan) => (
            <List.Item extra={<LightTag light={plan.light} />}>
              <Link to={`/plans/${plan.planId}`}>{plan.title}</Link>
              <span style={{ marginLeft: 12, color: "#595959" }}>
                {t("逾期 {{red}}，预警 {{yellow}}，已完成 {{done}}，共 {{total}}", { ...plan.counts })}
              </span>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
