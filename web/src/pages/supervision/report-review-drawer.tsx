import { useState } from "react";
import { App, Button, Drawer, Empty, Space, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useCan } from "../../auth/session";
import { ReasonModal } from "./reason-modal";
import { ReportView } from "./report-view";
import { useReportActions, useReportDetail } from "./supervision-api";

type ReasonKind = "return" | "unlock" | null;

/**
 * One lead report under review: its narrative and evidence, the partners' texts beside it, and the
 * office's actions (accept, return with a reason, lock, unlock with a reason). Without report.review
 * the same drawer is read-only.
 */
export function ReportReviewDrawer({ reportId, onClose }: { reportId: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canReview = useCan("report.review");
  const detail = useReportDetail(reportId);
  const actions = useReportActions();
  const [reason, setReason] = useState<ReasonKind>(null);
  const report = detail.data;
  const busy = actions.accept.isPending || actions.lock.isPending;

  const accept = async () => {
    if (!report) return;
    await actions.accept.mutateAsync(report);
    message.success(t("已通过"));
  };

  // The decisions sit in the footer so that they stay in view below a long report and its partners' texts.
  const footer = report && canReview && report.role === "lead" && (
    <Space wrap>
      {report.state === "submitted" && (
        <>
          <Button type="primary" loading={actions.accept.isPending} disabled={busy} onClick={() => void accept().catch(() => {})}>
            {t("通过")}
          </Button>
          <Button danger onClick={() => setReason("return")}>
            {t("退回")}
          </Button>
        </>
      )}
      {report.state === "accepted" && (
        <Button loading={actions.lock.isPending} disabled={busy} onClick={() => void actions.lock.mutateAsync(report).catch(() => {})}>
          {t("锁定")}
        </Button>
      )}
      {(report.state === "accepted" || report.state === "locked") && (
        <Button danger onClick={() => setReason("unlock")}>
          {t("解锁")}
        </Button>
      )}
    </Space>
  );

  return (
    <Drawer
      open={Boolean(reportId)}
      onClose={onClose}
      size="large"
      title={report ? `${report.task.no} ${t("进展报告")}` : t("进展报告")}
      footer={footer || undefined}
      destroyOnHidden
    >
      {detail.isPending && <Spin />}
      {report && (
        <>
          <Typography.Paragraph>
            <strong>{report.task.no}</strong> {report.task.content}
          </Typography.Paragraph>
          <ReportView report={report} title={t("牵头单位报告")} />
          <Typography.Title level={5}>{t("配合单位报告")}</Typography.Title>
          {report.partners.length === 0 && <Empty description={t("无配合单位")} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {report.partners.map((partner) => (
            <ReportView key={partner.id} report={partner} title={partner.unitName} />
          ))}
          <ReasonModal
            open={reason !== null}
            title={reason === "unlock" ? t("解锁报告") : t("退回报告")}
            label={reason === "unlock" ? t("解锁原因") : t("退回原因")}
            okText={reason === "unlock" ? t("确认解锁") : t("确认退回")}
            loading={actions.giveBack.isPending || actions.unlock.isPending}
            onOk={(text) =>
              reason === "unlock" ? actions.unlock.mutateAsync({ report, reason: text }) : actions.giveBack.mutateAsync({ report, reason: text })
            }
            onClose={() => setReason(null)}
          />
        </>
      )}
    </Drawer>
  );
}
