import { Alert, Button, Descriptions, List, Space, Spin, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { useEffect } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { MilestoneDto, PlanTaskDto } from "../../../../src/plans/plan.schemas";
import { PlanPublishControl } from "../public/plan-publish-control";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { usePlan } from "./plans-api";
import { MILESTONE_KIND_LABELS, PLAN_STATUS_LABELS, REPORTING_CYCLE_LABELS } from "./plans-i18n";
import { RegionName } from "./region-name";

/** Today as YYYY-MM-DD in the browser's time zone, for "next milestone". */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The first milestone not yet past; for a plan that has ended, its last one. */
export function nextMilestone(milestones: readonly MilestoneDto[], asOf = today()): MilestoneDto | null {
  return milestones.find((milestone) => milestone.due >= asOf) ?? milestones.at(-1) ?? null;
}

/** One plan: metadata, the task table and each task's milestones (expand a row). */
export function PlanDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const plan = usePlan(id);
  // ?task=<id> (links from the 驾驶舱 and elsewhere): open that task's milestones and bring it into view.
  const [searchParams] = useSearchParams();
  const focusTask = searchParams.get("task");
  const loaded = Boolean(plan.data);
  useEffect(() => {
    if (!loaded || !focusTask) return;
    document.querySelector(`tr[data-row-key="${CSS.escape(focusTask)}"]`)?.scrollIntoView({ block: "center" });
  }, [loaded, focusTask]);
  if (plan.isPending) return <Spin size="large" description={t("正在加载…")} style={{ display: "block", marginTop: 80 }} />;
  if (plan.error || !plan.data) {
    return (
      <>
        <h1 className="xk-page-title">{t("规划")}</h1>
        <ApiErrorAlert error={plan.error} />
        <Link to="/plans">{t("返回规划列表")}</Link>
      </>
    );
  }
  const data = plan.data;
  const asOf = today();

  const columns: TableColumnsType<PlanTaskDto> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 72 },
    { title: t("任务内容"), dataIndex: "content", key: "content" },
    {
      title: t("牵头单位"),
      key: "lead",
      width: 160,
      render: (_value, task) => (task.lead ? <UnitLabel name={task.lead.name} written={task.lead.nameAsWritten} /> : "—"),
    },
    {
      title: t("配合单位"),
      key: "partners",
      width: 220,
      render: (_value, task) => (
        <Space size={[4, 4]} wrap>
          {task.partners.map((unit) => (
            <Tag key={unit.unitId}>
              <UnitLabel name={unit.name} written={unit.nameAsWritten} />
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t("时间要求"), dataIndex: "scheduleRaw", key: "scheduleRaw", width: 180, render: (raw: string | null) => raw ?? "—" },
    {
      title: t("下一节点"),
      key: "next",
      width: 180,
      render: (_value, task) => {
        const next = nextMilestone(task.milestones, asOf);
        if (!next) return <Typography.Text type="secondary">{t("无")}</Typography.Text>;
        return (
          <span>
            {next.due}
            <br />
            <Typography.Text type="secondary">{next.label}</Typography.Text>
          </span>
        );
      },
    },
  ];

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {data.title}
        </h1>
        <Space wrap>
          <PlanPublishControl planId={data.id} isDraft={data.status === "draft"} />
          <Button href={`/api/plans/${data.id}/file`}>{t("下载原文件")}</Button>
          <Link to="/plans">{t("返回规划列表")}</Link>
        </Space>
      </div>
      {data.regionIsDemo && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("本规划为演示数据：原文件未写明地区，已放入虚构的演示地区。")} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("行政区划")}>
          <RegionName name={data.regionName} code={data.regionCode} isDemo={data.regionIsDemo} />
        </Descriptions.Item>
        <Descriptions.Item label={t("规划期")}>{data.periodStart === data.periodEnd ? data.periodStart : `${data.periodStart}—${data.periodEnd}`}</Descriptions.Item>
        <Descriptions.Item label={t("状态")}>{t(PLAN_STATUS_LABELS[data.status])}</Descriptions.Item>
        <Descriptions.Item label={t("文号")}>{data.docNumber ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("发文单位")}>{data.issuer ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("印发日期")}>{data.issuedOn ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("报告周期")}>{t(REPORTING_CYCLE_LABELS[data.reportingCycle])}</Descriptions.Item>
        <Descriptions.Item label={t("预警天数")}>{data.warningDays}</Descriptions.Item>
        <Descriptions.Item label={t("任务数")}>{data.tasks.length}</Descriptions.Item>
        <Descriptions.Item label={t("原文件")} span={3}>
          {data.sourceFileName}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            SHA-256 {data.sourceSha256}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <h2 style={{ fontSize: 16 }}>{t("任务分工")}</h2>
      <Table<PlanTaskDto>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data.tasks}
        pagination={false}
        scroll={{ x: 1000 }}
        rowClassName={(task) => (task.id === focusTask ? "xk-row-focused" : "")}
        expandable={{
          defaultExpandedRowKeys: focusTask ? [focusTask] : [],
          expandedRowRender: (task) => <MilestoneList milestones={task.milestones} asOf={asOf} />,
          rowExpandable: () => true,
          expandIcon: undefined,
        }}
      />
    </>
  );
}

function UnitLabel({ name, written }: { name: string; written: string }) {
  const { t } = useTranslation();
  if (name === written) return <>{name}</>;
  return (
    <span title={`${t("原文写作")}：${written}`}>
      {name}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        （{t("原文")}：{written}）
      </Typography.Text>
    </span>
  );
}

function MilestoneList({ milestones, asOf }: { milestones: readonly MilestoneDto[]; asOf: string }) {
  const { t } = useTranslation();
  if (milestones.length === 0) return <Typography.Text type="secondary">{t("暂无节点（时间待定或由下级任务安排）")}</Typography.Text>;
  return (
    <List
      size="small"
      aria-label={t("时间节点")}
      dataSource={[...milestones]}
      renderItem={(milestone) => (
        <List.Item>
          <Space>
            <span style={{ fontVariantNumeric: "tabular-nums" }}>{milestone.due}</span>
            <Tag>{t(MILESTONE_KIND_LABELS[milestone.kind])}</Tag>
            <span>{milestone.label}</span>
            {milestone.due < asOf && <Typography.Text type="secondary">{t("已到期")}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}
