import { Card, Descriptions } from "antd";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ROLE_LABELS } from "../../../../src/shared/roles";
import { api } from "../../api/client";
import { useCan, useSessionUser } from "../../auth/session";
import { LiaisonDashboard } from "./liaison-dashboard";
import { OfficeDashboard } from "./office-dashboard";
import "./dashboard-i18n";

interface Health {
  status: "ok";
  db: "pglite" | "postgresql";
  version: string;
}

/** 工作台: per role, the lights in scope and what needs action now, with links; the greeting below. */
export function DashboardPage() {
  const user = useSessionUser();
  const { t, i18n } = useTranslation();
  const health = useQuery({ queryKey: ["health"], queryFn: ({ signal }) => api.get<Health>("/api/health", signal) });
  const language = i18n.language === "en" ? "en" : "zh";
  const isLiaison = useCan("report.write");
  const readsReports = useCan("report.read");

  return (
    <>
      <h1 className="xk-page-title">{t("工作台")}</h1>
      {isLiaison ? <LiaisonDashboard /> : readsReports ? <OfficeDashboard /> : null}
      <Card title={t("您好，{{name}}", { name: user.displayName })} style={{ marginTop: 16 }}>
        <Descriptions column={1}>
          <Descriptions.Item label={t("角色")}>
            {user.roles.map((role) => ROLE_LABELS[role][language]).join("、")}
          </Descriptions.Item>
          <Descriptions.Item label={t("行政区划")}>{user.regionName}</Descriptions.Item>
          {user.unitName && <Descriptions.Item label={t("责任单位")}>{user.unitName}</Descriptions.Item>}
          <Descriptions.Item label={t("系统版本")}>
            {health.data ? `${health.data.version} (${health.data.db})` : "—"}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
