import { useMemo, useState } from "react";
import { Button, Space, Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { UserDto } from "../../../../../src/shared/api";
import { ROLE_LABELS, type Role } from "../../../../../src/shared/roles";
import { useCan, useSessionUser } from "../../../auth/session";
import { useRegions } from "../regions/regions-api";
import { UserFormModal } from "./user-form-modal";
import { useUsers } from "./users-api";

type ModalState = { open: false } | { open: true; user?: UserDto };

/** 用户: accounts with roles and status; creation sets an initial password that must be changed. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const sessionUser = useSessionUser();
  const canWrite = useCan("user.write");
  const users = useUsers();
  const regions = useRegions();
  const [modal, setModal] = useState<ModalState>({ open: false });
  const language = i18n.language === "en" ? "en" : "zh";
  const regionName = useMemo(() => new Map((regions.data ?? []).map((region) => [region.code, region.name])), [regions.data]);

  const columns: TableColumnsType<UserDto> = [
    { title: t("用户名"), dataIndex: "username", key: "username" },
    { title: t("姓名"), dataIndex: "displayName", key: "displayName" },
    {
      title: t("所属区划"),
      dataIndex: "regionCode",
      key: "regionCode",
      render: (code: string) => regionName.get(code) ?? code,
    },
    {
      title: t("角色"),
      dataIndex: "roles",
      key: "roles",
      render: (roles: Role[]) => (
        <Space size={[4, 4]} wrap>
          {roles.map((role) => (
            <Tag key={role} color="blue">
              {ROLE_LABELS[role][language]}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t("状态"),
      key: "status",
      render: (_value, user) => (
        <Space size={[4, 4]} wrap>
          {user.active ? <Tag color="green">{t("启用")}</Tag> : <Tag>{t("停用")}</Tag>}
          {user.lockedUntil && new Date(user.lockedUntil) > new Date() && <Tag color="red">{t("已锁定")}</Tag>}
          {user.mustChangePassword && <Tag color="orange">{t("待改密")}</Tag>}
        </Space>
      ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t("操作"),
      key: "actions",
      render: (_value, user) => (
        <Button type="link" onClick={() => setModal({ open: true, user })} aria-label={`${t("编辑")} ${user.username}`}>
          {t("编辑")}
        </Button>
      ),
    });
  }

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("用户")}
        </h1>
        {canWrite && (
          <Button type="primary" onClick={() => setModal({ open: true })}>
            {t("新建用户")}
          </Button>
        )}
      </div>
      <Table<UserDto> rowKey="id" columns={columns} dataSource={users.data ?? []} loading={users.isPending} />
      <UserFormModal
        open={modal.open}
        user={modal.open ? modal.user : undefined}
        regions={regions.data ?? []}
        defaultRegionCode={sessionUser.regionCode}
        onClose={() => setModal({ open: false })}
      />
    </>
  );
}
