import { useEffect } from "react";
import { Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";

interface Props {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  loading: boolean;
  onOk: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the required reason of a return or an unlock (the server refuses an empty one too). */
export function ReasonModal({ open, title, label, okText, loading, onOk, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = async () => {
    const { reason } = await form.validateFields();
    await onOk(reason.trim());
    onClose();
  };
  return (
    <Modal open={open} title={title} okText={okText} cancelText={t("取消")} confirmLoading={loading} onOk={() => void submit().catch(() => {})} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item label={label} name="reason" rules={[{ required: true, whitespace: true, message: t("请填写原因") }, { max: 2000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
