import { useEffect } from "react";
import { Checkbox, Form, Input, Modal, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import type { RegionDto, UserDto } from "../../../../../src/shared/api";
import { ADMIN_ROLES, ROLES, ROLE_LABELS, type Role } from "../../../../../src/shared/roles";
import { findPasswordProblem } from "../../password/password-rules";
import { useUnits } from "../units/units-api";
import { useCreateUser, usePlanOptions, useUpdateUser, type UserCreate } from "./users-api";

interface Props {
  open: boolean;
  /** The user being edited; undefined creates a new account. */
  user?: UserDto;
  regions: readonly RegionDto[];
  defaultRegionCode: string;
  onClose: () => void;
}

type UserForm = UserCreate & { active: boolean; resetSecondFactor?: boolean };

interface RoleCheckboxesProps {
  label: string;
  language: "zh" | "en";
  id?: string;
  value?: Role[];
  onChange?: (roles: Role[]) => void;
  "aria-invalid"?: "true";
  "aria-describedby"?: string;
}

/**
 * The role boxes as a named group. Form.Item adds aria-required, which ARIA does not allow on a group,
 * so only the attributes a group may carry are passed on.
 */
function RoleCheckboxes({ label, language, id, value, onChange, ...aria }: RoleCheckboxesProps) {
  return (
    <div id={id} role="group" aria-label={label} aria-invalid={aria["aria-invalid"]} aria-describedby={aria["aria-describedby"]}>
      <Checkbox.Group<Role>
        value={value}
        onChange={onChange}
        options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role][language] }))}
      />
    </div>
  );
}

/** Create an account (with an initial password the user must change) or edit roles, unit and status. */
export function UserFormModal({ open, user, regions, defaultRegionCode, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<UserForm>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const regionCode = Form.useWatch("regionCode", form);
  const units = useUnits(regionCode ?? user?.regionCode);
  const roles = Form.useWatch("roles", form);
  const isEvaluator = (roles ?? []).includes("evaluator");
  const planOptions = usePlanOptions(open && isEvaluator);
  const language = i18n.language === "en" ? "en" : "zh";

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(user ?? { regionCode: defaultRegionCode, unitId: null, roles: [] });
  }, [open, user, defaultRegionCode, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const unitId = values.unitId ?? null;
    const planId = values.roles.includes("evaluator") ? (values.planId ?? null) : null;
    if (user) {
      await update.mutateAsync({
        id: user.id,
        changes: {
          displayName: values.displayName,
          unitId,
          planId,
          roles: values.roles,
          active: values.active,
          ...(values.resetSecondFactor ? { resetSecondFactor: true as const } : {}),
        },
      });
    } else {
      const { username, displayName, regionCode: region, roles, password } = values;
      await create.mutateAsync({ username, displayName, regionCode: region, unitId, planId, roles, password });
    }
    onClose();
  };

  return (
    <Modal
      open={open}
      title={user ? t("编辑用户") : t("新建用户")}
      okText={t("保存")}
      cancelText={t("取消")}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          label={t("用户名")}
          name="username"
          rules={[
            { required: true, message: t("请输入用户名") },
            { pattern: /^[a-zA-Z0-9_.-]{3,40}$/, message: t("用户名为 3–40 位字母、数字、下划线、点或连字符") },
          ]}
        >
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t("姓名")} name="displayName" rules={[{ required: true, whitespace: true, max: 40, message: t("请输入姓名") }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t("所属区划")} name="regionCode" rules={[{ required: true, message: t("请选择区划") }]}>
          <Select
            disabled={Boolean(user)}
            showSearch={{ optionFilterProp: "label" }}
            onChange={() => form.setFieldValue("unitId", null)}
            options={regions.map((region) => ({ value: region.code, label: `${region.name}（${region.code}）` }))}
          />
        </Form.Item>
        <Form.Item label={t("所属单位")} name="unitId">
          <Select
            allowClear
            loading={units.isFetching}
            showSearch={{ optionFilterProp: "label" }}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Form.Item>
        <Form.Item
          label={t("角色")}
          name="roles"
          rules={[
            { required: true, type: "array", min: 1, message: t("请至少选择一个角色") },
            {
              validator: async (_rule, roles: Role[] | undefined) => {
                // 三权分立: an administrator role may not be combined with any other role.
                if (roles && roles.length > 1 && roles.some((role) => ADMIN_ROLES.includes(role)))
                  throw new Error(t("管理员角色不能与其他角色兼任"));
              },
            },
          ]}
        >
          <RoleCheckboxes label={t("角色")} language={language} />
        </Form.Item>
        {isEvaluator && (
          <Form.Item
            label={t("评估的规划")}
            name="planId"
            extra={t("第三方评估人员只能查看所指定的规划；不指定则可查看本区划内的全部规划。")}
          >
            <Select
              allowClear
              loading={planOptions.isFetching}
              showSearch={{ optionFilterProp: "label" }}
              options={(planOptions.data ?? []).map((plan) => ({ value: plan.id, label: `${plan.title}（${plan.regionName}）` }))}
            />
          </Form.Item>
        )}
        {!user && (
          <Form.Item
            label={t("初始密码")}
            name="password"
            extra={t("用户首次登录时须修改密码。")}
            dependencies={["username"]}
            rules={[
              { required: true, message: t("请输入初始密码") },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  const problem = findPasswordProblem(value ?? "", String(getFieldValue("username") ?? ""));
                  if (problem) throw new Error(t(problem));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {user && (
          <Form.Item label={t("启用")} name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {user?.secondFactorEnrolled && (
          <Form.Item
            name="resetSecondFactor"
            valuePropName="checked"
            extra={t("用户丢失手机等情况下使用：下次登录时须重新绑定身份验证器。")}
          >
            <Checkbox>{t("重置动态验证码")}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
