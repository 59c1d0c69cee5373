import { useEffect, useRef, useState } from "react";
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { useUnits } from "../settings/units/units-api";
import { useUpdateIndicator, type Indicator, type IndicatorPatch } from "./indicators-api";
import { OP_OPTIONS } from "./indicator-labels";
import { conflictText, isFormValidationError } from "./value-entry-modal";

interface FormValues {
  name: string;
  responsibleUnitId: string | null;
  attribute: "binding" | "expected" | "none";
  op: Indicator["target"]["op"];
  targetValue: number | null;
  targetUnit: string;
  targetText: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetYear: number;
  isRate: boolean;
  numerator: string;
  denominator: string;
}

function toForm(indicator: Indicator): FormValues {
  return {
    name: indicator.name,
    responsibleUnitId: indicator.responsibleUnit?.id ?? null,
    attribute: indicator.attribute ?? "none",
    op: indicator.target.op,
    targetValue: indicator.target.value,
    targetUnit: indicator.target.unit ?? "",
    targetText: indicator.target.text ?? "",
    baselineValue: indicator.baseline?.value ?? null,
    baselineYear: indicator.baseline?.year ?? null,
    targetYear: indicator.targetYear,
    isRate: indicator.isRate,
    numerator: indicator.definition.numerator ?? "",
    denominator: indicator.definition.denominator ?? "",
  };
}

function toPatch(values: FormValues, before: Indicator): IndicatorPatch {
  const patch: IndicatorPatch = {
    name: values.name.trim(),
    responsibleUnitId: values.responsibleUnitId ?? null,
    attribute: values.attribute === "none" ? null : values.attribute,
    target: { op: values.op, value: values.targetValue ?? null, unit: values.targetUnit?.trim() || null, text: values.targetText?.trim() || null },
    baseline: values.baselineValue !== null && values.baselineValue !== undefined && values.baselineYear ? { value: values.baselineValue, year: values.baselineYear } : null,
    targetYear: values.targetYear,
    definition: { numerator: values.numerator?.trim() || null, denominator: values.denominator?.trim() || null },
  };
  // Sent only when changed: the server refuses a switch once values exist.
  if (values.isRate !== before.isRate) patch.isRate = values.isRate;
  return patch;
}

/**
 * 指标设置 (office): responsible unit (the plan region's units), attribute, target, baseline, target year, rate or
 * count, and the numerator and denominator in words. Saved with If-Match; a 412 names who changed the indicator and
 * reloads it into the form.
 */
export function IndicatorSettingsModal({ indicator, planRegionCode, onClose }: { indicator: Indicator | null; planRegionCode: string | undefined; onClose: () => void }) {
  // A fresh dialog (and form) for each opening, unmounted when closed so that no hidden form lingers in the page.
  if (!indicator) return null;
  return <SettingsDialog key={indicator.id} indicator={indicator} planRegionCode={planRegionCode} onClose={onClose} />;
}

function SettingsDialog({ indicator, planRegionCode, onClose }: { indicator: Indicator; planRegionCode: string | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const units = useUnits(planRegionCode);
  const update = useUpdateIndicator();
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [initialValues] = useState(() => toForm(indicator));
  const isRate = Form.useWatch("isRate", form) ?? initialValues.isRate;

  // A fresher version (after a 412, the list refetches) is loaded into the form: the user sees what is stored now.
  const shownVersion = useRef(indicator.version);
  useEffect(() => {
    if (indicator.version === shownVersion.current) return;
    shownVersion.current = indicator.version;
    form.setFieldsValue(toForm(indicator));
  }, [indicator, form]);

  const save = async () => {
    setError(null);
    setConflict(null);
    try {
      const values = await form.validateFields();
      await update.mutateAsync({ indicator, changes: toPatch(values, indicator) });
      message.success(t("指标设置已保存"));
      onClose();
    } catch (caught) {
      if (isFormValidationError(caught)) return;
      if (isApiError(caught) && caught.status === 412) setConflict(conflictText(caught, i18n.language));
      else setError(caught);
    }
  };

  const unitOptions = (units.data ?? []).filter((unit) => unit.active || unit.id === indicator.responsibleUnit?.id).map((unit) => ({ value: unit.id, label: unit.name }));

  return (
    <Modal
      open
      width={720}
      title={t("指标设置：{{no}} {{name}}", { no: indicator.no, name: indicator.name })}
      okText={t("保存")}
      cancelText={t("取消")}
      confirmLoading={update.isPending}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      {conflict && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={conflict} description={t("已重新加载最新数据，请核对后再保存。")} />}
      <ApiErrorAlert error={error} />
      <Form<FormValues> form={form} name="indicator-settings" layout="vertical" initialValues={initialValues}>
        <Form.Item label={t("指标名称")} name="name" rules={[{ required: true, whitespace: true, message: t("请填写指标名称") }, { max: 200, message: t("指标名称不能超过 200 字") }]}>
          <Input />
        </Form.Item>
        <Space wrap size="middle" align="start">
          <Form.Item label={t("责任单位")} name="responsibleUnitId" style={{ minWidth: 280 }}>
            <Select allowClear showSearch={{ optionFilterProp: "label" }} loading={units.isPending} options={unitOptions} placeholder={t("未指定")} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item label={t("属性")} name="attribute">
            <Radio.Group
              optionType="button"
              options={[
                { value: "binding", label: t("约束性") },
                { value: "expected", label: t("预期性") },
                { value: "none", label: t("未定") },
              ]}
            />
          </Form.Item>
        </Space>
        <fieldset className="xk-fieldset">
          <legend>{t("目标")}</legend>
          <Space wrap size="middle" align="start">
            <Form.Item label={t("比较方式")} name="op" rules={[{ required: true, message: t("请选择比较方式") }]}>
              <Select style={{ width: 130 }} options={OP_OPTIONS.map((option) => ({ value: option.value, label: t(option.label) }))} />
            </Form.Item>
            <Form.Item label={t("目标值")} name="targetValue">
              <InputNumber style={{ width: 120 }} />
            </Form.Item>
            <Form.Item label={t("单位")} name="targetUnit" rules={[{ max: 20, message: t("单位不能超过 20 字") }]}>
              <Input style={{ width: 90 }} />
            </Form.Item>
            <Form.Item label={t("目标年份")} name="targetYear" rules={[{ required: true, message: t("请填写目标年份") }]}>
              <InputNumber style={{ width: 100 }} min={1949} max={2100} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item label={t("目标表述（无数值时）")} name="targetText" rules={[{ max: 200, message: t("目标表述不能超过 200 字") }]}>
            <Input />
          </Form.Item>
        </fieldset>
        <fieldset className="xk-fieldset">
          <legend>{t("基期")}</legend>
          <Space wrap size="middle" align="start">
            <Form.Item
              label={t("基期值")}
              name="baselineValue"
              dependencies={["baselineYear"]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_: unknown, input: number | null | undefined) =>
                    (input === null || input === undefined) !== !getFieldValue("baselineYear")
                      ? Promise.reject(new Error(t("请同时填写基期值和基期年份")))
                      : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber style={{ width: 140 }} />
            </Form.Item>
            <Form.Item
              label={t("基期年份")}
              name="baselineYear"
              dependencies={["targetYear"]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_: unknown, input: number | null | undefined) =>
                    input && input > (getFieldValue("targetYear") as number) ? Promise.reject(new Error(t("基期年份不能晚于目标年份"))) : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber style={{ width: 100 }} min={1949} max={2100} precision={0} />
            </Form.Item>
          </Space>
        </fieldset>
        <Form.Item label={t("指标类型")} name="isRate" extra={t("已有填报数值后不能更改指标类型。")}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t("比率（分子/分母）") },
              { value: false, label: t("数量") },
            ]}
          />
        </Form.Item>
        <Form.Item label={isRate ? t("分子口径") : t("统计口径")} name="numerator" rules={[{ max: 500, message: t("口径说明不能超过 500 字") }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {isRate && (
          <Form.Item label={t("分母口径")} name="denominator" rules={[{ max: 500, message: t("口径说明不能超过 500 字") }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
