import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { usePlans } from "../plans/plans-api";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { useCreateEvaluation, type EvaluationKind } from "./evaluations-api";
import { KIND_LABELS } from "./evaluations-labels";

interface Values {
  planId: string;
  kind: EvaluationKind;
  year?: number;
  asOf: Dayjs;
  evaluatorOrg: string;
}

const KINDS: readonly EvaluationKind[] = ["mid-term", "final", "annual"];

/** 新建评估: the office names the plan, the kind (an annual review names its year), the 评估基准日 and the evaluator. */
export function EvaluationCreateModal({ open, planId, onClose }: { open: boolean; planId: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const plans = usePlans();
  const create = useCreateEvaluation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const chosenPlanId = Form.useWatch("planId", form);
  const plan = plans.data?.find((item) => item.id === chosenPlanId);

  // The usual 基准日 is the end of the period under review; the user may pick any other day.
  const suggestAsOf = (changed: Partial<Values>, all: Partial<Values>) => {
    if (!("kind" in changed || "year" in changed || "planId" in changed)) return;
    const selected = plans.data?.find((item) => item.id === all.planId);
    if (!selected) return;
    if (all.kind === "final") form.setFieldValue("asOf", dayjs(`${selected.periodEnd}-12-31`));
    if (all.kind === "annual" && all.year) form.setFieldValue("asOf", dayjs(`${all.year}-12-31`));
  };

  const submit = async () => {
    const values = await form.validateFields();
    const detail = await create.mutateAsync({
      planId: values.planId,
      kind: values.kind,
      ...(values.kind === "annual" ? { year: values.year } : {}),
      asOf: values.asOf.format("YYYY-MM-DD"),
      evaluatorOrg: values.evaluatorOrg.trim(),
    });
    message.success(t("已新建评估"));
    onClose();
    void navigate(`/evaluations/${detail.id}`);
  };

  return (
    <Modal
      open={open}
      title={t("新建评估")}
      okText={t("新建")}
      cancelText={t("取消")}
      confirmLoading={create.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      afterClose={() => create.reset()}
      destroyOnHidden
    >
      <ApiErrorAlert error={create.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ planId, kind: "final" }} onValuesChange={suggestAsOf}>
        <Form.Item name="planId" label={t("所属规划")} rules={[{ required: true, message: t("请选择规划") }]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={plans.isPending}
            options={(plans.data ?? []).map((item) => ({ value: item.id, label: `${item.title}（${item.periodStart}–${item.periodEnd}）` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t("评估类型")} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={KINDS.map((value) => ({ value, label: t(KIND_LABELS[value]) }))} />
        </Form.Item>
        {kind === "annual" && (
          <Form.Item
            name="year"
            label={t("检查年度")}
            extra={plan ? t("规划期 {{start}}—{{end}}", { start: plan.periodStart, end: plan.periodEnd }) : undefined}
            rules={[{ required: true, message: t("请填写检查年度") }]}
          >
            <InputNumber min={plan?.periodStart ?? 1949} max={plan?.periodEnd ?? 2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Form.Item name="asOf" label={t("评估基准日")} rules={[{ required: true, message: t("请选择评估基准日") }]}>
          <DatePicker format="YYYY-MM-DD" allowClear={false} />
        </Form.Item>
        <Form.Item name="evaluatorOrg" label={t("评估机构")} rules={[{ required: true, whitespace: true, message: t("请填写评估机构") }, { max: 200 }]}>
          <Input maxLength={200} placeholder={t("如：某某第三方评估中心")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
