import { useEffect, useState } from "react";
import { Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { useValueActions, type IndicatorValue } from "./indicators-api";
import { isFormValidationError } from "./value-entry-modal";

/** 退回: the office returns a value with the reason the unit will see (required; the server refuses an empty one too). */
export function ReturnValueModal({ value, label, onClose }: { value: IndicatorValue | null; label: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { giveBack } = useValueActions();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (value) {
      form.resetFields();
      setError(null);
    }
  }, [value, form]);
  const submit = async () => {
    if (!value) return;
    try {
      const { reason } = await form.validateFields();
      await giveBack.mutateAsync({ value, reason: reason.trim() });
      onClose();
    } catch (caught) {
      if (!isFormValidationError(caught)) setError(caught);
    }
  };
  return (
    <Modal
      open={Boolean(value)}
      title={t("退回数值")}
      okText={t("确认退回")}
      cancelText={t("取消")}
      okButtonProps={{ danger: true }}
      confirmLoading={giveBack.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{label}</p>
      <ApiErrorAlert error={error} />
      <Form form={form} name="indicator-return" layout="vertical">
        <Form.Item
          label={t("退回原因")}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: t("请填写退回原因") },
            { max: 2000, message: t("退回原因不能超过 2000 字") },
          ]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
