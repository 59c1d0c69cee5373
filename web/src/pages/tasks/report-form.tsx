import { useEffect } from "react";
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, InputNumber, Radio, Row, Space, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ReportStateTag, ReportView } from "../supervision/report-view";
import { useReportActions, useReportDetail, type Progress, type ReportDetail, type ReportPatch } from "../supervision/supervision-api";
import { PROGRESS_LABELS } from "../supervision/supervision-labels";
import { EvidenceUpload } from "./evidence-upload";

interface FormValues {
  progress: Progress;
  narrative: string;
  figures: { key: string; value: number | null }[];
  isFinal: boolean;
}

const PROGRESS_OPTIONS: Progress[] = ["not-started", "in-progress", "done", "blocked"];

function toForm(report: ReportDetail): FormValues {
  return {
    progress: report.progress,
    narrative: report.narrative,
    figures: Object.entries(report.figures).map(([key, value]) => ({ key, value: typeof value === "number" ? value : Number(value) || null })),
    isFinal: report.isFinal,
  };
}

function toPatch(values: FormValues): ReportPatch {
  const figures: Record<string, number> = {};
  for (const row of values.figures ?? []) {
    if (row?.key?.trim() && row.value !== null && row.value !== undefined) figures[row.key.trim()] = row.value;
  }
  return { progress: values.progress, narrative: values.narrative ?? "", figures, isFinal: values.isFinal };
}

/**
 * The report form of one milestone: status, narrative, figures, evidence; save a draft or submit.
 * A returned report shows the office's reason first; a partner is told its report goes to the lead unit;
 * the lead sees its partners' texts beside the form.
 */
export function ReportFormDrawer({ reportId, taskLabel, onClose }: { reportId: string | undefined; taskLabel: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const detail = useReportDetail(reportId);
  const actions = useReportActions();
  const report = detail.data;
  const editable = report ? report.state === "draft" || report.state === "returned" : false;
  const loadedId = report?.id;

  // Fill the form when another report is opened, not on every refetch (that would wipe the user's typing).
  useEffect(() => {
    if (report && loadedId) form.setFieldsValue(toForm(report));
  }, [loadedId, form]);

  const save = async () => {
    const values = await form.validateFields();
    const current = detail.data;
    if (!current) throw new Error("report not loaded");
    return actions.save.mutateAsync({ report: current, changes: toPatch(values) });
  };
  const saveDraft = async () => {
    await save();
    message.success(t("草稿已保存"));
  };
  const submit = async () => {
    const saved = await save();
    await actions.submit.mutateAsync(saved);
    message.success(report?.role === "partner" ? t("已报送牵头单位") : t("已提交，等待残工委办公室审核"));
    onClose();
  };
  const busy = actions.save.isPending || actions.submit.isPending;

  const formPane = report && (
    <>
      {report.state === "returned" && report.returnReason && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t("报告被退回")} description={`${t("退回原因")}：${report.returnReason}`} />
      )}
      {report.role === "partner" && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("本单位为配合单位：报告报送牵头单位，由牵头单位汇总后报残工委办公室审核。")} description={report.lead ? `${t("牵头单位")}：${report.lead.unitName}` : undefined} />
      )}
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("报告已提交或已通过，不能修改。")} />}
      <Form<FormValues> form={form} layout="vertical" disabled={!editable || busy}>
        <Form.Item label={t("进展状态")} name="progress" rules={[{ required: true, message: t("请选择进展状态") }]}>
          <Radio.Group options={PROGRESS_OPTIONS.map((value) => ({ value, label: t(PROGRESS_LABELS[value]) }))} optionType="button" />
        </Form.Item>
        <Form.Item label={t("进展情况")} name="narrative" rules={[{ required: true, whitespace: true, message: t("请填写进展情况") }, { max: 20000 }]}>
          <Input.TextArea rows={6} showCount maxLength={20000} />
        </Form.Item>
        <Form.List name="figures">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: "0 0 16px" }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>{t("数据（可选）")}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, "key"]} label={t("项目 {{n}}", { n: index + 1 })} rules={[{ max: 60 }]}>
                    <Input placeholder={t("如：服务人数")} />
                  </Form.Item>
                  <Form.Item name={[field.name, "value"]} label={t("数值 {{n}}", { n: index + 1 })}>
                    <InputNumber />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} aria-label={t("删除数据 {{n}}", { n: index + 1 })}>
                    {t("删除")}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ key: "", value: null })} disabled={fields.length >= 50 || !editable}>
                {t("添加数据")}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="isFinal" valuePropName="checked" extra={t("最后一个节点的报告默认为最终报告；通过后任务显示“已完成”。")}>
          <Checkbox>{t("最终报告（任务已全部完成）")}</Checkbox>
        </Form.Item>
      </Form>
      <Typography.Title level={5}>{t("佐证材料")}</Typography.Title>
      <EvidenceUpload report={report} editable={editable} />
      {editable && (
        <Space style={{ marginTop: 24 }}>
          <Button loading={actions.save.isPending && !actions.submit.isPending} disabled={busy} onClick={() => void saveDraft().catch(() => {})}>
            {t("保存草稿")}
          </Button>
          <Button type="primary" loading={actions.submit.isPending} disabled={busy} onClick={() => void submit().catch(() => {})}>
            {report.role === "partner" ? t("报送牵头单位") : t("提交审核")}
          </Button>
        </Space>
      )}
    </>
  );

  const partnersPane = report && report.role === "lead" && report.partners.length > 0 && (
    <section aria-label={t("配合单位报告")}>
      <Typography.Title level={5}>{t("配合单位报告")}</Typography.Title>
      {report.partners.map((partner) => (
        <ReportView key={partner.id} report={partner} title={partner.unitName} />
      ))}
    </section>
  );

  return (
    <Drawer
      open={Boolean(reportId)}
      onClose={onClose}
      size={partnersPane ? 1100 : 720}
      destroyOnHidden
      title={
        report ? (
          <Space wrap>
            <span>
              {t("进展报告")}：{taskLabel}
            </span>
            <span>
              {report.milestoneLabel}（{t("截止")} {report.due}）
            </span>
            <ReportStateTag state={report.state} />
          </Space>
        ) : (
          t("进展报告")
        )
      }
    >
      {detail.isPending && <Spin />}
      {report && (
        <>
          <Typography.Paragraph>
            <strong>{report.task.no}</strong> {report.task.content}
          </Typography.Paragraph>
          {partnersPane ? (
            <Row gutter={24}>
              <Col span={14}>{formPane}</Col>
              <Col span={10}>{partnersPane}</Col>
            </Row>
          ) : (
            formPane
          )}
        </>
      )}
    </Drawer>
  );
}
