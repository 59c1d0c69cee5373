import { App, Button, Popconfirm, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCan } from "../../auth/session";
import { evaluationWrites, reportUrl, type EvaluationDetail, type EvaluationWrite, type ReportFormat } from "./evaluations-api";

interface Props {
  evaluation: EvaluationDetail;
  save: (work: EvaluationWrite) => Promise<EvaluationDetail | undefined>;
}

const FORMATS: readonly ReportFormat[] = ["docx", "pdf", "xlsx"];

/** The report downloads for everyone who may read the evaluation; publish and unpublish for the office only. */
export function EvaluationActions({ evaluation, save }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = useCan("evaluation.manage");
  const [busy, setBusy] = useState(false);

  const run = async (work: EvaluationWrite, done: string) => {
    setBusy(true);
    const saved = await save(work);
    setBusy(false);
    if (saved) message.success(done);
  };

  return (
    <Space wrap>
      {FORMATS.map((format) => (
        <Button key={format} href={reportUrl(evaluation.id, format)} download>
          {t("下载报告（.{{format}}）", { format })}
        </Button>
      ))}
      {canManage && evaluation.state === "draft" && (
        <Popconfirm
          title={t("发布后评估报告将在公众门户公开，评分不可再修改。确定发布？")}
          okText={t("发布")}
          cancelText={t("取消")}
          onConfirm={() => void run(evaluationWrites.publish(evaluation.id), t("评估已发布"))}
        >
          <Button type="primary" loading={busy}>
            {t("发布评估")}
          </Button>
        </Popconfirm>
      )}
      {canManage && evaluation.state === "published" && (
        <Popconfirm
          title={t("撤回后评估回到草稿，公众门户不再显示。确定撤回？")}
          okText={t("撤回")}
          cancelText={t("取消")}
          onConfirm={() => void run(evaluationWrites.unpublish(evaluation.id), t("已撤回发布"))}
        >
          <Button loading={busy}>{t("撤回发布")}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
