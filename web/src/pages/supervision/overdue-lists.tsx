import { useState } from "react";
import { Button, Card, Input, Select, Space, Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { useCan } from "../../auth/session";
import { useUnits } from "../settings/units/units-api";
import { NoticeIssueModal, type NoticeTarget } from "./notice-issue-modal";
import { ReportStateTag } from "./report-view";
import { useDueSoon, useOverdue, type DueSoonItem, type OverdueItem } from "./supervision-api";
import { NOTICE_KIND_LABELS, NOTICE_LEVEL_COLORS, NOTICE_LEVEL_LABELS, ROLE_IN_TASK_LABELS } from "./supervision-labels";

const PAGE = 20;

interface Props {
  asOf: string | undefined;
  planId: string | undefined;
  regionCode: string | undefined;
  /** Where the unit filter looks units up (the plan's or the user's region). */
  unitRegionCode: string | undefined;
}

/** 逾期 and 临期 lists, filterable by unit and chapter (plan, region and day come from the page), with 催办 / 督办单. */
export function OverdueLists({ asOf, planId, regionCode, unitRegionCode }: Props) {
  const { t } = useTranslation();
  const canIssue = useCan("notice.issue");
  const [unitId, setUnitId] = useState<string>();
  const [chapter, setChapter] = useState("");
  const [overduePage, setOverduePage] = useState(1);
  const [soonPage, setSoonPage] = useState(1);
  const [target, setTarget] = useState<NoticeTarget>();
  const units = useUnits(unitRegionCode);
  const filter = { asOf, planId, regionCode, unitId, chapter: chapter.trim() || undefined };
  const overdue = useOverdue({ ...filter, limit: PAGE, offset: (overduePage - 1) * PAGE });
  const dueSoon = useDueSoon({ ...filter, limit: PAGE, offset: (soonPage - 1) * PAGE });

  const taskColumns = <T extends OverdueItem | DueSoonItem>(): TableColumnsType<T> => [
    { title: t("序号"), dataIndex: "taskNo", key: "taskNo", width: 70 },
    { title: t("工作任务"), dataIndex: "taskContent", key: "taskContent", ellipsis: true },
    {
      title: t("责任单位"),
      key: "unit",
      width: 170,
      render: (_v, item) => `${item.unitName}（${t(ROLE_IN_TASK_LABELS[item.role])}）`,
    },
  ];

  const overdueColumns: TableColumnsType<OverdueItem> = [
    ...taskColumns<OverdueItem>(),
    { title: t("逾期起始"), dataIndex: "overdueSince", key: "overdueSince", width: 110 },
    { title: t("逾期天数"), dataIndex: "daysOverdue", key: "daysOverdue", width: 90 },
    { title: t("已发通知"), key: "notices", width: 100, render: (_v, item) => `${item.priorNotices}（${t("未办结")} ${item.openNotices}）` },
    {
      title: t("建议"),
      key: "suggested",
      width: 150,
      render: (_v, item) => (
        <Tag color={NOTICE_LEVEL_COLORS[item.suggested.level]}>
          {t("{{level}}{{kind}}", { level: t(NOTICE_LEVEL_LABELS[item.suggested.level]), kind: t(NOTICE_KIND_LABELS[item.suggested.kind]) })}
        </Tag>
      ),
    },
  ];
  if (canIssue) {
    overdueColumns.push({
      title: t("操作"),
      key: "actions",
      width: 110,
      render: (_v, item) => (
        <Button
          size="small"
          danger={item.suggested.kind === "supervision"}
          aria-label={`${t(item.suggested.kind === "supervision" ? "发督办单" : "催办")} ${item.taskNo} ${item.unitName}`}
          onClick={() => setTarget({ ...item, suggested: item.suggested })}
        >
          {t(item.suggested.kind === "supervision" ? "发督办单" : "催办")}
        </Button>
      ),
    });
  }

  const soonColumns: TableColumnsType<DueSoonItem> = [
    ...taskColumns<DueSoonItem>(),
    { title: t("截止日期"), dataIndex: "due", key: "due", width: 110 },
    { title: t("剩余天数"), dataIndex: "daysLeft", key: "daysLeft", width: 90 },
    { title: t("报告状态"), key: "state", width: 100, render: (_v, item) => <ReportStateTag state={item.reportState} /> },
  ];
  if (canIssue) {
    soonColumns.push({
      title: t("操作"),
      key: "actions",
      width: 100,
      render: (_v, item) => (
        <Button size="small" aria-label={`${t("催办")} ${item.taskNo} ${item.unitName}`} onClick={() => setTarget({ ...item })}>
          {t("催办")}
        </Button>
      ),
    });
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="overdue-unit-filter">{t("责任单位")}</label>
        <Select
          id="overdue-unit-filter"
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t("全部单位")}
          value={unitId}
          onChange={(value: string | undefined) => {
            setUnitId(value);
            setOverduePage(1);
            setSoonPage(1);
          }}
          showSearch={{ optionFilterProp: "label" }}
          options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        />
        <label htmlFor="overdue-chapter-filter">{t("章节")}</label>
        <Input
          id="overdue-chapter-filter"
          allowClear
          style={{ width: 200 }}
          placeholder={t("章节名称（完全一致）")}
          value={chapter}
          onChange={(event) => {
            setChapter(event.target.value);
            setOverduePage(1);
            setSoonPage(1);
          }}
        />
      </Space>
      <Card title={`${t("逾期")}（${overdue.data?.total ?? 0}）`} size="small" style={{ marginBottom: 16 }}>
        <Table<OverdueItem>
          rowKey={(item) => `${item.taskId}:${item.unitId}`}
          size="small"
          columns={overdueColumns}
          dataSource={overdue.data?.items ?? []}
          loading={overdue.isFetching}
          locale={{ emptyText: t("无逾期任务") }}
          pagination={{ current: overduePage, pageSize: PAGE, total: overdue.data?.total ?? 0, onChange: setOverduePage, showSizeChanger: false }}
        />
      </Card>
      <Card title={`${t("临期")}（${dueSoon.data?.total ?? 0}）`} size="small">
        <Table<DueSoonItem>
          rowKey="reportId"
          size="small"
          columns={soonColumns}
          dataSource={dueSoon.data?.items ?? []}
          loading={dueSoon.isFetching}
          locale={{ emptyText: t("无临期任务") }}
          pagination={{ current: soonPage, pageSize: PAGE, total: dueSoon.data?.total ?? 0, onChange: setSoonPage, showSizeChanger: false }}
        />
      </Card>
      <NoticeIssueModal target={target} asOf={asOf ?? overdue.data?.asOf} onClose={() => setTarget(undefined)} />
    </>
  );
}
