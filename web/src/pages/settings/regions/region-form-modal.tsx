import { useEffect } from "react";
import { Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { RegionDto } from "../../../../../src/shared/api";
import { REGION_LEVEL_LABELS, regionLevels } from "../labels";
import { useSaveRegion, type RegionCreate } from "./regions-api";

interface Props {
  open: boolean;
  /** The region being edited; undefined creates a new one. */
  region?: RegionDto;
  regions: readonly RegionDto[];
  onClose: () => void;
}

/** Create or edit a region; code and level are fixed once created because other records refer to them. */
export function RegionFormModal({ open, region, regions, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegionCreate>();
  const save = useSaveRegion();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (region) form.setFieldsValue(region);
  }, [open, region, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const parentCode = values.parentCode ?? null;
    if (region) await save.mutateAsync({ code: region.code, update: { name: values.name, parentCode } });
    else await save.mutateAsync({ create: { ...values, parentCode } });
    onClose();
  };

  return (
    <Modal
      open={open}
      title={region ? t("编辑行政区划") : t("新建行政区划")}
      okText={t("保存")}
      cancelText={t("取消")}
      confirmLoading={save.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          label={t("区划代码")}
          name="code"
          rules={[
            { required: true, message: t("请输入区划代码") },
            { pattern: /^\d{6}(\d{3}(\d{3})?)?$/, message: t("区划代码应为 6、9 或 12 位数字") },
          ]}
        >
          <Input disabled={Boolean(region)} inputMode="numeric" />
        </Form.Item>
        <Form.Item label={t("名称")} name="name" rules={[{ required: true, whitespace: true, max: 60, message: t("请输入名称") }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t("级别")} name="level" rules={[{ required: true, message: t("请选择级别") }]}>
          <Select disabled={Boolean(region)} options={regionLevels.map((level) => ({ value: level, label: t(REGION_LEVEL_LABELS[level]) }))} />
        </Form.Item>
        <Form.Item label={t("上级区划")} name="parentCode">
          <Select
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            options={regions
              .filter((candidate) => candidate.code !== region?.code)
              .map((candidate) => ({ value: candidate.code, label: `${candidate.name}（${candidate.code}）` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
