import { Descriptions, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { evidenceUrl, type Report } from "./supervision-api";
import { PROGRESS_LABELS, REPORT_STATE_COLORS, REPORT_STATE_LABELS } from "./supervision-labels";

/** File size in the units people read. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ReportStateTag({ state }: { state: Report["state"] }) {
  const { t } = useTranslation();
  return <Tag color={REPORT_STATE_COLORS[state]}>{t(REPORT_STATE_LABELS[state])}</Tag>;
}

/** Evidence files as download links (the server sends them as attachments with a safe name). */
export function EvidenceList({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.evidence.length === 0) return <Typography.Text type="secondary">{t("无附件")}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={report.evidence}
      renderItem={(file) => (
        <List.Item>
          <a href={evidenceUrl(file.id)} download={file.fileName}>
            {file.fileName}
          </a>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {formatSize(file.size)}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

/** One report read-only: what a reviewer, a lead unit (for its partners) or a leader sees. */
export function ReportView({ report, title }: { report: Report; title?: string }) {
  const { t } = useTranslation();
  const figures = Object.entries(report.figures);
  return (
    <Descriptions size="small" column={1} bordered title={title} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t("单位")}>
        {report.unitName}（{report.role === "lead" ? t("牵头") : t("配合")}）
      </Descriptions.Item>
      <Descriptions.Item label={t("节点")}>
        {report.milestoneLabel}（{report.due}）{report.isFinal && <Tag style={{ marginLeft: 8 }}>{t("最终报告")}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t("报告状态")}>
        <ReportStateTag state={report.state} />
        {report.submittedAt && (
          <Typography.Text type="secondary">
            {t("提交于")} {report.submittedAt.slice(0, 10)}
          </Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t("进展状态")}>{t(PROGRESS_LABELS[report.progress])}</Descriptions.Item>
      <Descriptions.Item label={t("进展情况")}>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{report.narrative || t("（未填写）")}</Typography.Paragraph>
      </Descriptions.Item>
      {figures.length > 0 && (
        <Descriptions.Item label={t("数据")}>
          {figures.map(([key, value]) => (
            <div key={key}>
              {key}：{value}
            </div>
          ))}
        </Descriptions.Item>
      )}
      {report.returnReason && (
        <Descriptions.Item label={t("退回原因")}>
          <Typography.Text type="danger">{report.returnReason}</Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t("佐证材料")}>
        <EvidenceList report={report} />
      </Descriptions.Item>
    </Descriptions>
  );
}
