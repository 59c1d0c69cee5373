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

  const publication =
    evaluation.state === "draft"
      ? {
          question: t("发布后评估报告将在公众门户公开，评分不可再修改。确定发布？"),
          ok: t("发布"),
          button: t("发布评估"),
          done: t("评估已发布"),
          work: evaluationWrites.publish(evaluation.id),
          primary: true,
        }
      : {
          question: t("撤回后评估回到草稿，公众门户不再显示。确定撤回？"),
          ok: t("撤回"),
          button: t("撤回发布"),
          done: t("已撤回发布"),
          work: evaluationWrites.unpublish(evaluation.id),
          primary: false,
        };

  return (
    <Space wrap>
      {FORMATS.map((format) => (
        <Button key={format} href={reportUrl(evaluation.id, format)} download>
          {t("下载报告（.{{format}}）", { format })}
        </Button>
      ))}
      {canManage && (
        <Popconfirm title={publication.question} okText={publication.ok} cancelText={t("取消")} onConfirm={() => void run(publication.work, publication.done)}>
          <Button type={publication.primary ? "primary" : "default"} loading={busy}>
            {publication.button}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
