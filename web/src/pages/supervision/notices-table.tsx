import { useState } from "react";
import { App, Button, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { useCan } from "../../auth/session";
import { useNoticeActions, useNotices, type Notice, type NoticeKind } from "./supervision-api";
import { NOTICE_KIND_LABELS, NOTICE_LEVEL_COLORS, NOTICE_LEVEL_LABELS, NOTICE_STATE_LABELS } from "./supervision-labels";

const PAGE = 20;
const STATE_COLORS: Record<Notice["state"], string> = { open: "warning", responded: "processing", closed: "default" };

/** 督办通知: every reminder and supervision notice in scope, with the unit's response; the office closes them. */
export function NoticesTable({ planId, regionCode }: { planId?: string; regionCode?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canClose = useCan("notice.issue");
  const [state, setState] = useState<Notice["state"]>();
  const [kind, setKind] = useState<NoticeKind>();
  const [page, setPage] = useState(1);
  const notices = useNotices({ state, kind, planId, regionCode, limit: PAGE, offset: (page - 1) * PAGE });
  const { close } = useNoticeActions();

  const columns: TableColumnsType<Notice> = [
    {
      title: t("类型"),
      key: "kind",
      width: 120,
      render: (_v, notice) => (
        <Tag color={NOTICE_LEVEL_COLORS[notice.level]}>
          {t("{{level}}{{kind}}", { level: t(NOTICE_LEVEL_LABELS[notice.level]), kind: t(NOTICE_KIND_LABELS[notice.kind]) })}
        </Tag>
      ),
    },
    { title: t("任务"), key: "task", ellipsis: true, render: (_v, notice) => `${notice.taskNo} ${notice.taskContent}` },
    { title: t("责任单位"), dataIndex: "unitName", key: "unitName", width: 140 },
    { title: t("督办内容"), dataIndex: "message", key: "message", ellipsis: true },
    { title: t("发出日期"), key: "issuedAt", width: 110, render: (_v, notice) => notice.issuedAt.slice(0, 10) },
    { title: t("回复期限"), dataIndex: "responseDue", key: "responseDue", width: 110 },
    {
      title: t("状态"),
      key: "state",
      width: 90,
      render: (_v, notice) => <Tag color={STATE_COLORS[notice.state]}>{t(NOTICE_STATE_LABELS[notice.state])}</Tag>,
    },
    {
      title: t("单位回复"),
      key: "response",
      render: (_v, notice) =>
        notice.response ? <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{notice.response}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];
  if (canClose) {
    columns.push({
      title: t("操作"),
      key: "actions",
      width: 90,
      render: (_v, notice) =>
        notice.state === "closed" ? null : (
          <Popconfirm
            title={notice.state === "open" ? t("单位尚未回复，确定办结？") : t("确定办结？")}
            okText={t("办结")}
            cancelText={t("取消")}
            onConfirm={() =>
              close
                .mutateAsync(notice)
                .then(() => message.success(t("已办结")))
                .catch(() => {})
            }
          >
            <Button size="small" type={notice.state === "responded" ? "primary" : "default"} aria-label={`${t("办结")} ${notice.taskNo} ${notice.unitName}`}>
              {t("办结")}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="notice-state-filter">{t("状态")}</label>
        <Select
          id="notice-state-filter"
          allowClear
          style={{ width: 140 }}
          placeholder={t("全部")}
          value={state}
          onChange={(value: Notice["state"] | undefined) => {
            setState(value);
            setPage(1);
          }}
          options={(["open", "responded", "closed"] as const).map((value) => ({ value, label: t(NOTICE_STATE_LABELS[value]) }))}
        />
        <label htmlFor="notice-kind-filter">{t("类型")}</label>
        <Select
          id="notice-kind-filter"
          allowClear
          style={{ width: 140 }}
          placeholder={t("全部")}
          value={kind}
          onChange={(value: NoticeKind | undefined) => {
            setKind(value);
            setPage(1);
          }}
          options={(["reminder", "supervision"] as const).map((value) => ({ value, label: t(NOTICE_KIND_LABELS[value]) }))}
        />
      </Space>
      <Table<Notice>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={notices.data?.items ?? []}
        loading={notices.isFetching}
        locale={{ emptyText: t("暂无督办通知") }}
        pagination={{ current: page, pageSize: PAGE, total: notices.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </>
  );
}
