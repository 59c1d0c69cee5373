import { Button, Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { ROLE_LABELS, ROLES, type Role } from "../../../../../src/shared/roles";
import { useAuditEvents, type AuditEvent } from "./audit-api";

/** 审计日志: the audit administrator's view of who did what, newest first. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const events = useAuditEvents();
  const rows = events.data?.pages.flat() ?? [];
  const language = i18n.language === "en" ? "en" : "zh";
  const roleLabel = (role: string | null) =>
    role && (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role][language] : (role ?? "—");
  const formatTime = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "short",
    timeStyle: "medium",
  });

  const columns: TableColumnsType<AuditEvent> = [
    { title: t("序号"), dataIndex: "seq", key: "seq" },
    { title: t("时间"), dataIndex: "ts", key: "ts", render: (ts: string) => formatTime.format(new Date(ts)) },
    { title: t("操作人"), key: "actor", render: (_value, event) => event.actorName ?? event.actorId ?? "—" },
    { title: t("角色"), dataIndex: "actorRole", key: "actorRole", render: roleLabel },
    { title: t("操作"), dataIndex: "action", key: "action" },
    {
      title: t("对象"),
      key: "object",
      render: (_value, event) => [event.objectType, event.objectId].filter(Boolean).join(" / ") || "—",
    },
    {
      title: t("结果"),
      dataIndex: "outcome",
      key: "outcome",
      render: (outcome: string) => <Tag color={outcome === "success" ? "green" : "red"}>{outcome}</Tag>,
    },
    { title: t("来源地址"), dataIndex: "sourceIp", key: "sourceIp" },
    { title: t("请求编号"), dataIndex: "requestId", key: "requestId" },
  ];

  return (
    <>
      <h1 className="xk-page-title">{t("审计日志")}</h1>
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={events.isPending}
        pagination={false}
        scroll={{ x: true }}
      />
      {events.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
            {t("加载更多")}
          </Button>
        </div>
      )}
    </>
  );
}
