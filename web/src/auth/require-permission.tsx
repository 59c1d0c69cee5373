import type { ReactNode } from "react";
import { Result } from "antd";
import { useTranslation } from "react-i18next";
import type { Permission } from "../../../src/shared/roles";
import { useCan } from "./session";

/** Shows a 403 page instead of a page whose API calls the server would refuse for this user. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const allowed = useCan(permission);
  const { t } = useTranslation();
  if (!allowed) return <Result status="403" title="403" subTitle={t("您没有访问此页面的权限")} />;
  return children;
}
