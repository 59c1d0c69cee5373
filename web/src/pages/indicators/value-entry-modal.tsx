import { useEffect, useMemo, useRef, useState } from "react";
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { useIndicatorValues, useValueActions, type Indicator, type IndicatorValue, type ValueFigures } from "./indicators-api";
import { formatNumber, formatTarget, rateOf, unitOf } from "./indicator-labels";
import { ValueStateTag } from "./indicator-tags";
import type { PlanRegion } from "./plan-regions";

interface FormValues {
  regionCode: string;
  year: number;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  note?: string;
}

export interface EntryTarget {
  indicator: Indicator;
  regionCode?: string;
  year?: number;
}

interface Props {
  target: EntryTarget | null;
  /** The plan's period: values may be entered from the year before it (the baseline) to the later of its end and the target year. */
  period: { start: number; end: number };
  regions: PlanRegion[];
  onClose: () => void;
}

/** What antd's validateFields rejects with: the fields' own messages are already on screen. */
export function isFormValidationError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "errorFields" in error;
}

/** A 412's message names who changed the record and when; its advice to reload is moot, since the dialog reloads itself. */
export function conflictText(error: { message: string; messageEn: string }, language: string): string {
  return language === "en" ? error.messageEn.replace(/; reload and try again$/, "") : error.message.replace(/，请刷新后重试$/, "");
}

const editable = (value: IndicatorValue | undefined) => !value || value.state === "draft" || value.state === "returned";

/**
 * 填报: one indicator's figure for a region and year. A rate takes numerator and denominator (the % is shown
 * as it is typed), a count takes a value. An existing draft or returned value for the region and year is
 * loaded for editing; a submitted or accepted one is shown read-only. A 412 names who changed the value and
 * reloads it.
 */
export function ValueEntryModal(props: Props) {
  // A fresh dialog (and form) for each opening, unmounted when closed so that no hidden form lingers in the page.
  if (!props.target) return null;
  return <ValueEntryDialog {...props} target={props.target} />;
}

function ValueEntryDialog({ target, period, regions, onClose }: Props & { target: EntryTarget }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const actions = useValueActions();
  const { indicator } = target;
  const enterable = useMemo(() => regions.filter((region) => region.enterable), [regions]);
  const firstYear = Math.min(period.start - 1, indicator.baseline?.year ?? period.start);
  const lastYear = Math.max(period.end, indicator.targetYear);
  const years = useMemo(() => Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, i) => lastYear - i), [firstYear, lastYear]);
  // Start on the asked region and year, else the first region the user may enter and this year.
  const [initialValues] = useState<Partial<FormValues>>(() => ({
    regionCode: enterable.find((region) => region.code === target.regionCode)?.code ?? enterable[0]?.code,
    year: target.year && target.year >= firstYear && target.year <= lastYear ? target.year : Math.min(new Date().getFullYear(), lastYear),
  }));

  const regionCode = Form.useWatch("regionCode", form) ?? initialValues.regionCode;
  const year = Form.useWatch("year", form) ?? initialValues.year;
  const numerator = Form.useWatch("numerator", form);
  const denominator = Form.useWatch("denominator", form);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  const existingQuery = useIndicatorValues({ indicatorId: indicator.id, regionCode, year, limit: 1 }, Boolean(regionCode && year));
  // The query keeps the previous answer while the next one loads; only trust one for this region and year.
  const found = existingQuery.data?.items[0];
  const existing = found && found.regionCode === regionCode && found.year === year && found.indicatorId === indicator.id ? found : undefined;
  const loading = existingQuery.isFetching && !existing;

  // Load a stored value into the form when one appears or changes (after a save, or a 412 reload); clear it when moving to a region and year without one.
  const loadedKey = useRef<string>("");
  const existingKey = existing ? `${existing.id}:${existing.version}` : "";
  useEffect(() => {
    if (existingQuery.isFetching || existingKey === loadedKey.current) return;
    const hadRecord = loadedKey.current !== "";
    loadedKey.current = existingKey;
    if (existing) form.setFieldsValue({ numerator: existing.numerator, denominator: existing.denominator, value: indicator.isRate ? null : existing.value, note: existing.note });
    else if (hadRecord) form.setFieldsValue({ numerator: null, denominator: null, value: null, note: "" });
  }, [existingKey, existingQuery.isFetching, existing, form, indicator]);

  const unit = unitOf(indicator);
  const live = indicator.isRate ? rateOf(numerator, denominator) : null;
  const canEdit = editable(existing);
  const busy = actions.create.isPending || actions.edit.isPending || actions.submit.isPending;

  const figuresOf = (values: FormValues): ValueFigures =>
    indicator.isRate
      ? { numerator: values.numerator ?? null, denominator: values.denominator ?? null, note: values.note ?? "" }
      : { value: values.value ?? null, note: values.note ?? "" };

  const save = async (): Promise<IndicatorValue> => {
    const values = await form.validateFields();
    const figures = figuresOf(values);
    if (existing) return actions.edit.mutateAsync({ value: existing, changes: figures });
    const body = indicator.isRate
      ? { regionCode: values.regionCode, year: values.year, numerator: figures.numerator ?? undefined, denominator: figures.denominator ?? undefined, note: figures.note }
      : { regionCode: values.regionCode, year: values.year, value: figures.value ?? undefined, note: figures.note };
    return actions.create.mutateAsync({ indicatorId: indicator.id, body });
  };

  const run = async (submit: boolean) => {
    setError(null);
    setConflict(null);
    try {
      const saved = await save();
      if (submit) {
        await actions.submit.mutateAsync(saved);
        message.success(t("已提交，等待残工委办公室审核"));
        onClose();
      } else {
        message.success(t("草稿已保存"));
      }
    } catch (caught) {
      // Form validation errors are shown under the fields themselves.
      if (isFormValidationError(caught)) return;
      // Someone else saved this value meanwhile: the server names who and when; the query refetches on settle.
      if (isApiError(caught) && caught.status === 412) setConflict(conflictText(caught, i18n.language));
      else setError(caught);
    }
  };

  const regionName = (code: string) => regions.find((region) => region.code === code)?.name ?? code;
  const numberRules = (label: string, extra: { positive?: boolean } = {}) => [
    { required: true, message: t("请填写{{field}}", { field: label }) },
    {
      validator: (_: unknown, input: number | null | undefined) => {
        if (input === null || input === undefined) return Promise.resolve();
        if (extra.positive && input <= 0) return Promise.reject(new Error(t("{{field}}应大于 0", { field: label })));
        if (input < 0) return Promise.reject(new Error(t("{{field}}不能为负数", { field: label })));
        return Promise.resolve();
      },
    },
  ];

  return (
    <Modal
      open
      width={640}
      title={t("填报：{{no}} {{name}}", { no: indicator.no, name: indicator.name })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t("取消")}</Button>
          {canEdit && (
            <>
              <Button loading={(actions.create.isPending || actions.edit.isPending) && !actions.submit.isPending} disabled={busy || loading} onClick={() => void run(false)}>
                {t("保存草稿")}
              </Button>
              <Button type="primary" loading={actions.submit.isPending} disabled={busy || loading} onClick={() => void run(true)}>
                {t("提交审核")}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("目标值")}>{formatTarget(indicator)}</Descriptions.Item>
        <Descriptions.Item label={t("指标类型")}>{indicator.isRate ? t("比率（分子/分母）") : t("数量")}</Descriptions.Item>
      </Descriptions>
      {conflict && (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={conflict} description={t("已重新加载最新数据，请核对后再保存。")} />
      )}
      <ApiErrorAlert error={error} />
      {existing?.state === "returned" && existing.returnReason && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t("该数值被退回")} description={`${t("退回原因")}：${existing.returnReason}`} />
      )}
      {existing && !canEdit && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("{{region}} {{year}} 年的数值已报送，不能修改；如需更正，请联系残工委办公室退回。", { region: regionName(existing.regionCode), year: existing.year })}
        />
      )}
      <Form<FormValues> form={form} name="indicator-value" layout="vertical" disabled={busy} initialValues={initialValues}>
        <Space wrap size="middle" align="start">
          <Form.Item label={t("填报地区")} name="regionCode" rules={[{ required: true, message: t("请选择填报地区") }]}>
            <Select
              style={{ width: 240 }}
              showSearch={{ optionFilterProp: "label" }}
              options={enterable.map((region) => ({ value: region.code, label: region.name }))}
            />
          </Form.Item>
          <Form.Item label={t("年度")} name="year" rules={[{ required: true, message: t("请选择年度") }]}>
            <Select style={{ width: 120 }} options={years.map((y) => ({ value: y, label: t("{{year}}年", { year: y }) }))} />
          </Form.Item>
          {existing && (
            <Form.Item label={t("当前状态")}>
              <ValueStateTag state={existing.state} />
            </Form.Item>
          )}
        </Space>
        {indicator.isRate ? (
          <>
            <Space wrap size="middle" align="start">
              <Form.Item
                label={t("分子")}
                name="numerator"
                extra={indicator.definition.numerator ?? undefined}
                dependencies={["denominator"]}
                rules={[
                  ...numberRules(t("分子")),
                  ({ getFieldValue }) => ({
                    validator: (_: unknown, input: number | null | undefined) => {
                      const den = getFieldValue("denominator") as number | null | undefined;
                      if (input !== null && input !== undefined && den !== null && den !== undefined && input > den) {
                        return Promise.reject(new Error(t("分子不能大于分母")));
                      }
                      return Promise.resolve();
                    },
                  }),
                ]}
                style={{ width: 260 }}
              >
                <InputNumber style={{ width: 200 }} disabled={!canEdit} />
              </Form.Item>
              <Form.Item label={t("分母")} name="denominator" extra={indicator.definition.denominator ?? undefined} rules={numberRules(t("分母"), { positive: true })} style={{ width: 260 }}>
                <InputNumber style={{ width: 200 }} disabled={!canEdit} />
              </Form.Item>
            </Space>
            <p className="xk-live-rate" aria-live="polite">
              {t("比率")}：<strong data-testid="live-rate">{live === null ? "—" : formatNumber(live, indicator)}</strong>
              <Typography.Text type="secondary">（{t("分子 ÷ 分母 × 100%")}）</Typography.Text>
            </p>
          </>
        ) : (
          <Form.Item label={unit ? t("数值（{{unit}}）", { unit }) : t("数值")} name="value" rules={numberRules(t("数值"))}>
            <InputNumber style={{ width: 200 }} disabled={!canEdit} />
          </Form.Item>
        )}
        <Form.Item label={t("备注")} name="note" rules={[{ max: 2000, message: t("备注不能超过 2000 字") }]}>
          <Input.TextArea rows={2} disabled={!canEdit} placeholder={t("数据来源、统计口径等（可选）")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
