import { useId, useRef, useState } from "react";
import { Alert, Button, List, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatSize } from "../supervision/report-view";
import { evidenceUrl, useReportActions, type Report } from "../supervision/supervision-api";
import { EVIDENCE_ACCEPT, evidenceProblem } from "./evidence-rules";

/**
 * 佐证材料: a labelled native file input (keyboard and screen-reader friendly) that uploads at once,
 * and the files already attached with download and delete.
 */
export function EvidenceUpload({ report, editable }: { report: Report; editable: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const rulesId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { upload, removeEvidence } = useReportActions();
  // The newest version seen: a parent re-render brings the refetched report, an upload's answer the next one.
  const latest = useRef<Pick<Report, "id" | "version">>(report);
  latest.current = report;

  const onFiles = async (files: FileList | null) => {
    setProblem(null);
    for (const file of Array.from(files ?? [])) {
      const issue = evidenceProblem(file);
      if (issue) {
        setProblem(`${file.name}：${t(issue)}`);
        continue;
      }
      // One file at a time: each upload raises the report's version, which the next one must carry.
      await upload.mutateAsync({ report: latest.current, file }).then((result) => {
        latest.current = result.report;
      });
    }
    if (input.current) input.current.value = "";
  };

  return (
    <div>
      {editable && (
        <Space direction="vertical" style={{ width: "100%" }}>
          <label htmlFor={inputId}>{t("上传佐证材料")}</label>
          <input
            id={inputId}
            ref={input}
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            aria-describedby={rulesId}
            disabled={upload.isPending}
            onChange={(event) => void onFiles(event.target.files).catch(() => {})}
          />
          <Typography.Text id={rulesId} type="secondary">
            {t("支持 PDF、图片（PNG/JPEG/GIF/WebP）、.docx、.xlsx，单个文件不超过 20 MB，每份报告至多 20 个")}
          </Typography.Text>
          {upload.isPending && <Typography.Text>{t("正在上传…")}</Typography.Text>}
          {problem && <Alert type="error" showIcon role="alert" title={problem} />}
        </Space>
      )}
      <List
        size="small"
        locale={{ emptyText: t("无附件") }}
        dataSource={report.evidence}
        renderItem={(file) => (
          <List.Item
            actions={
              editable
                ? [
                    <Button
                      key="delete"
                      type="link"
                      danger
                      size="small"
                      aria-label={`${t("删除")} ${file.fileName}`}
                      loading={removeEvidence.isPending}
                      onClick={() => void removeEvidence.mutateAsync({ report, evidenceId: file.id }).catch(() => {})}
                    >
                      {t("删除")}
                    </Button>,
                  ]
                : []
            }
          >
            <a href={evidenceUrl(file.id)} download={file.fileName}>
              {file.fileName}
            </a>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {formatSize(file.size)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
