import { Navigate, Outlet, useLocation } from "react-router";
import { Result, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { useSession } from "./session";

/** Guards every signed-in page: no session → login; a forced password change comes before anything else. */
export function RequireSession() {
  const { data: user, isPending, isError } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  if (isPending) return <PageSpinner />;
  if (isError) return <Result status="warning" title={t("无法连接服务器，请稍后刷新重试")} />;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  if (user.mustChangePassword && location.pathname !== "/password") return <Navigate to="/password" replace />;
  return <Outlet />;
}

export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div style={{ display: "grid", placeItems: "center", minHeight: "50vh" }}>
      <Spin size="large" aria-label={t("加载中")} />
    </div>
  );
}
