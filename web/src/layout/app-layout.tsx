import { Suspense, useMemo } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { Button, Layout, Menu, Space, Typography, type MenuProps } from "antd";
import { useTranslation } from "react-i18next";
import { reportError } from "../api/error-reporter";
import { useLogout } from "../auth/logout";
import { PageSpinner } from "../auth/require-session";
import { useSessionUser } from "../auth/session";
import { LanguageSwitch } from "./language-switch";
import { navigationFor, type NavigationItem } from "./navigation";
import "./app-layout.css";

const { Header, Sider, Content } = Layout;

/** The signed-in shell: left navigation by role, header with the user, language switch and logout. */
export function AppLayout() {
  const user = useSessionUser();
  const { t } = useTranslation();
  const location = useLocation();
  const logout = useLogout();
  const navigation = useMemo(() => navigationFor(user.roles), [user.roles]);

  const toMenuItem = (item: NavigationItem): NonNullable<MenuProps["items"]>[number] => {
    if (item.children) return { key: item.path, label: t(item.label), children: item.children.map(toMenuItem) };
    const label = item.external ? (
      <a href={item.path} target="_blank" rel="noopener">
        {t(item.label)}
      </a>
    ) : (
      <Link to={item.path}>{t(item.label)}</Link>
    );
    return { key: item.path, label };
  };

  const selectedKey = selectedNavigationKey(navigation, location.pathname);
  const place = [user.unitName, user.regionName].filter(Boolean).join(" · ");

  return (
    <Layout className="xk-shell">
      <a className="xk-skip-link" href="#main-content">
        {t("跳到主要内容")}
      </a>
      <Sider width={200} breakpoint="lg" collapsedWidth={0} theme="dark">
        <div className="xk-brand">{t("小康 · 规划实施监测")}</div>
        <nav aria-label={t("主导航")}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selectedKey ? [selectedKey] : []}
            defaultOpenKeys={["/settings"]}
            items={navigation.map(toMenuItem)}
          />
        </nav>
      </Sider>
      <Layout>
        <Header className="xk-header">
          <Space size="middle" wrap>
            <Typography.Text strong>{user.displayName}</Typography.Text>
            {place && <Typography.Text type="secondary">{place}</Typography.Text>}
            <LanguageSwitch />
            <Link to="/password">{t("修改密码")}</Link>
            <Button onClick={() => void logout().catch(reportError)}>{t("退出登录")}</Button>
          </Space>
        </Header>
        <Content id="main-content" tabIndex={-1} className="xk-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

/** The deepest navigation path that prefixes the current location ("/" only matches itself). */
function selectedNavigationKey(items: NavigationItem[], pathname: string): string | undefined {
  const paths = items.flatMap((item) => [item.path, ...(item.children ?? []).map((child) => child.path)]);
  return paths
    .filter((path) => (path === "/" ? pathname === "/" : pathname === path || pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
