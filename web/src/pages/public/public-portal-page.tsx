import { Layout, Result } from "antd";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../layout/language-switch";

/** 公开: the public portal, readable without logging in; placeholder until publishing is built. */
export function PublicPortalPage() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ display: "flex", alignItems: "center", justifyContent: "space-between", background: "#fff" }}>
        <h1 style={{ margin: 0, fontSize: 20 }}>{t("残疾人事业发展规划信息公开")}</h1>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <main>
          <Result status="info" title={t("建设中")} subTitle={t("该功能正在建设中，敬请期待。")} />
        </main>
      </Layout.Content>
    </Layout>
  );
}
