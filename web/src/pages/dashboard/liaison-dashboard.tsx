import { Card, Col, List, Row } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LightCounts } from "../supervision/light-counts";
import { LightTag } from "../supervision/light-tag";
import { useMyNotices, useMyTasks, type LightCounts as Counts } from "../supervision/supervision-api";
import { ActionCard } from "./action-card";

/** Unit liaison: the unit's task lights, returned reports, reports to write and notices to answer. */
export function LiaisonDashboard() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  const notices = useMyNotices("open");
  const items = tasks.data?.items ?? [];
  const counts: Counts = { done: 0, green: 0, yellow: 0, red: 0, grey: 0, total: items.length };
  for (const item of items) counts[item.light] += 1;
  const returned = items.filter((item) => item.currentReport?.state === "returned");
  const urgent = items.filter((item) => (item.light === "red" || item.light === "yellow") && item.currentReport?.state !== "submitted");

  return (
    <>
      <Card size="small" title={t("本单位任务状态（截至 {{day}}）", { day: tasks.data?.asOf ?? "—" })} style={{ marginBottom: 16 }}>
        <LightCounts counts={tasks.data ? counts : undefined} label={t("本单位任务状态")} />
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={8}>
          <ActionCard title={t("被退回的报告")} value={tasks.data ? returned.length : undefined} to="/tasks" linkText={t("去修改")} />
        </Col>
        <Col xs={24} sm={8}>
          <ActionCard title={t("逾期或临期待报")} value={tasks.data ? urgent.length : undefined} to="/tasks" linkText={t("去填报")} />
        </Col>
        <Col xs={24} sm={8}>
          <ActionCard title={t("待回复的督办通知")} value={notices.data?.length} to="/tasks" linkText={t("去回复")} />
        </Col>
      </Row>
      <Card size="small" title={t("需要处理的任务")}>
        <List
          locale={{ emptyText: t("暂无需要处理的任务") }}
          dataSource={[...returned, ...urgent.filter((item) => !returned.includes(item))].slice(0, 10)}
          renderItem={(item) => (
            <List.Item extra={<LightTag light={item.light} />}>
              <Link to="/tasks">
                {item.no} {item.content}
              </Link>
              {item.nextMilestone && (
                <span style={{ marginLeft: 12, color: "#595959" }}>
                  {item.nextMilestone.label}（{item.nextMilestone.due}）
                </span>
              )}
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
