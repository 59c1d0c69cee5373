import { useMemo, useState } from "react";
import { Alert, Button, Card, Descriptions, Space, Spin, Steps, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { PlanImportPreviewDto, PlanSettingsDto } from "../../../../src/plans/plan.schemas";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { useUnits } from "../settings/units/units-api";
import { buildConfirmPayload, defaultChoice, namesInRows, rowsFromPreview, type EditableRow, type UnitChoice } from "./import-state";
import { ImportRowsTable } from "./import-rows-table";
import { ImportSettingsForm } from "./import-settings-form";
import { ImportUnitPanel } from "./import-unit-panel";
import { ImportUploadStep } from "./import-upload-step";
import { duplicatePlanId, useConfirmImport, usePreviewImport } from "./plans-api";

interface Draft {
  file: File;
  preview: PlanImportPreviewDto;
  rows: EditableRow[];
  choices: Record<string, UnitChoice>;
  settings: PlanSettingsDto;
}

/** 导入规划: upload → check and edit the parsed rows and units → confirm in one transaction → the new plan. */
export function PlanImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const previewImport = usePreviewImport();
  const confirmImport = useConfirmImport();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const regionUnits = useUnits(draft?.preview.regionCode);

  const upload = (input: { file: File; regionCode: string }) => {
    confirmImport.reset();
    previewImport.mutate(input, {
      onSuccess: (preview) =>
        setDraft({
          file: input.file,
          preview,
          rows: rowsFromPreview(preview),
          choices: Object.fromEntries(preview.units.map((unit) => [unit.nameAsWritten, defaultChoice(unit)])),
          settings: preview.settings,
        }),
    });
  };

  const names = useMemo(() => (draft ? namesInRows(draft.rows) : []), [draft]);
  const duplicateId = draft?.preview.duplicateOfPlanId ?? duplicatePlanId(confirmImport.error);

  const confirm = () => {
    if (!draft) return;
    const empty = draft.rows.findIndex((row) => row.content.trim() === "");
    if (empty >= 0) {
      setLocalError(t("第 {{row}} 行（序号 {{no}}）任务内容为空", { row: empty + 1, no: draft.rows[empty].no }));
      return;
    }
    setLocalError(null);
    const payload = buildConfirmPayload(draft.preview, draft.rows, draft.choices, draft.settings);
    confirmImport.mutate({ file: draft.file, payload }, { onSuccess: (result) => void navigate(`/plans/${result.planId}`) });
  };

  const unknownCount = draft ? draft.preview.units.filter((unit) => unit.status === "unknown").length : 0;

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("导入规划")}
        </h1>
        <Link to="/plans">{t("返回规划列表")}</Link>
      </div>
      <Steps
        style={{ marginBottom: 24 }}
        current={draft ? 1 : 0}
        items={[{ title: t("上传文件") }, { title: t("核对任务与单位") }, { title: t("完成导入") }]}
      />
      {!draft && (
        <>
          <ApiErrorAlert error={previewImport.error} />
          <ImportUploadStep busy={previewImport.isPending} onSubmit={upload} />
        </>
      )}
      {draft && (
        <Spin spinning={confirmImport.isPending} description={t("正在导入，请稍候…")}>
          <Space orientation="vertical" size="large" style={{ width: "100%" }}>
            {duplicateId && (
              <Alert
                type="warning"
                showIcon
                title={t("该文件已导入")}
                description={
                  <Link to={`/plans/${duplicateId}`}>{t("打开已导入的规划")}</Link>
                }
              />
            )}
            <Card size="small" title={t("文件信息")}>
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t("文件")}>{draft.preview.fileName}</Descriptions.Item>
                <Descriptions.Item label={t("任务数")}>{draft.rows.length}</Descriptions.Item>
                <Descriptions.Item label={t("指标数")}>{draft.preview.indicators.length}</Descriptions.Item>
                <Descriptions.Item label={t("文号")}>{draft.preview.extraction.docNumber ?? "—"}</Descriptions.Item>
                <Descriptions.Item label={t("发文单位")}>{draft.preview.extraction.issuer ?? "—"}</Descriptions.Item>
                <Descriptions.Item label={t("未识别的单位")}>{unknownCount}</Descriptions.Item>
              </Descriptions>
              {draft.preview.warnings.map((warning, index) => (
                <Typography.Paragraph key={index} type="warning" style={{ margin: 0 }}>
                  {warning.message}
                </Typography.Paragraph>
              ))}
            </Card>
            <Card size="small" title={t("规划设置")}>
              <ImportSettingsForm value={draft.settings} onChange={(settings) => setDraft({ ...draft, settings })} />
            </Card>
            <Card size="small" title={t("任务分工（可直接修改）")} extra={<Typography.Text type="secondary">{t("确认时按修改后的时间要求重新计算节点")}</Typography.Text>}>
              <ImportRowsTable
                rows={draft.rows}
                onChange={(index, patch) => setDraft({ ...draft, rows: draft.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) })}
              />
            </Card>
            <Card size="small" title={t("单位对应")}>
              <ImportUnitPanel
                names={names}
                previewUnits={draft.preview.units}
                regionUnits={regionUnits.data ?? []}
                choices={draft.choices}
                onChange={(name, choice) => setDraft({ ...draft, choices: { ...draft.choices, [name]: choice } })}
              />
            </Card>
            {localError && <Alert type="error" showIcon role="alert" title={localError} />}
            <ApiErrorAlert error={confirmImport.error} />
            <Space>
              <Button type="primary" size="large" onClick={confirm} loading={confirmImport.isPending} disabled={Boolean(duplicateId) || !draft.settings.title.trim()}>
                {t("确认导入")}
              </Button>
              <Button
                onClick={() => {
                  setDraft(null);
                  previewImport.reset();
                  confirmImport.reset();
                }}
              >
                {t("重新上传")}
              </Button>
            </Space>
          </Space>
        </Spin>
      )}
    </>
  );
}
