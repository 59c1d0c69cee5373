import { useState } from "react";
import { Button, Input, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { evaluationWrites, type EvaluationDetail, type EvaluationWrite } from "./evaluations-api";

interface Props {
  evaluation: EvaluationDetail;
  editable: boolean;
  save: (work: EvaluationWrite) => Promise<EvaluationDetail | undefined>;
}

/** 综合评价: the evaluator's overall findings, the closing section of the report. */
export function EvaluationFindings({ evaluation, editable, save }: Props) {
  const { t } = useTranslation();
  // Kept locally so that scores saved meanwhile (which refresh the evaluation) do not wipe the text being written.
  const [text, setText] = useState(evaluation.overall);
  const [saving, setSaving] = useState(false);
  const dirty = text !== evaluation.overall;

  if (!editable) {
    return evaluation.overall ? (
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{evaluation.overall}</Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">{t("尚未填写综合评价")}</Typography.Text>
    );
  }

  const submit = async () => {
    setSaving(true);
    const saved = await save(evaluationWrites.findings(evaluation.id, text));
    setSaving(false);
    if (saved) setText(saved.overall);
  };

  return (
    <>
      <Input.TextArea
        id="evaluation-overall"
        aria-label={t("综合评价")}
        value={text}
        maxLength={50_000}
        autoSize={{ minRows: 6, maxRows: 20 }}
        placeholder={t("总体评价、主要成效、存在问题和下一步建议")}
        onChange={(event) => setText(event.target.value)}
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => void submit()} loading={saving} disabled={!dirty}>
          {t("保存综合评价")}
        </Button>
        {dirty ? <Typography.Text type="warning">{t("有未保存的修改")}</Typography.Text> : <Typography.Text type="secondary">{t("已保存")}</Typography.Text>}
      </Space>
    </>
  );
}
