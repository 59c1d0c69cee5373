import { useEffect } from "react";
import { Form, Input, Modal, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { RegionDto, UnitDto } from "../../../../../src/shared/api";
import { UNIT_KIND_LABELS, unitKinds } from "../labels";
import { useCreateUnit, useUpdateUnit, type UnitCreate } from "./units-api";

interface Props {
  open: boolean;
  /** The unit being edited; undefined creates a new one in `regionCode`. */
  unit?: UnitDto;
  regionCode: string | undefined;
  regions: readonly RegionDto[];
  onClose: () => void;
}

type UnitForm = UnitCreate & { active: boolean };

/** Create or edit a responsible unit with its aliases (old names that should resolve to it). */
export function UnitFormModal({ open, unit, regionCode, regions, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitForm>();
  const create = useCreateUnit();
  const update = useUpdateUnit();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(unit ?? { regionCode, aliases: [], active: true });
  }, [open, unit, regionCode, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const aliases = (values.aliases ?? []).map((alias) => alias.trim()).filter(Boolean);
    if (unit) await update.mutateAsync({ unit, changes: { name: values.name, kind: values.kind, aliases, active: values.active } });
    else await create.mutateAsync({ regionCode: values.regionCode, name: values.name, kind: values.kind, aliases });
    onClose();
  };

  return (
    <Modal
      open={open}
      title={unit ? t("编辑责任单位") : t("新建责任单位")}
      okText={t("保存")}
      cancelText={t("取消")}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label={t("所属区划")} name="regionCode" rules={[{ required: true, message: t("请选择区划") }]}>
          <Select
            disabled={Boolean(unit)}
            showSearch={{ optionFilterProp: "label" }}
            options={regions.map((region) => ({ value: region.code, label: `${region.name}（${region.code}）` }))}
          />
        </Form.Item>
        <Form.Item label={t("单位名称")} name="name" rules={[{ required: true, whitespace: true, max: 80, message: t("请输入单位名称") }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t("单位类型")} name="kind" rules={[{ required: true, message: t("请选择单位类型") }]}>
          <Select options={unitKinds.map((kind) => ({ value: kind, label: t(UNIT_KIND_LABELS[kind]) }))} />
        </Form.Item>
        <Form.Item label={t("别名")} name="aliases" extra={t("旧称或简称，输入后按回车添加")}>
          <Select mode="tags" tokenSeparators={[",", "，", "、"]} />
        </Form.Item>
        {unit && (
          <Form.Item label={t("启用")} name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
