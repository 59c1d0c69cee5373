import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/es/locale/en_US";
import zhCN from "antd/es/locale/zh_CN";
import { useTranslation } from "react-i18next";
import { RouterProvider } from "react-router";
import { ErrorReporterBridge } from "../api/error-reporter-bridge";
import { queryClient } from "../api/query-client";
import { router } from "./router";

/** Providers for the whole app; the antd locale follows the UI language. */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === "en" ? enUS : zhCN}
      // Darker than antd's defaults so links and secondary text reach WCAG AA contrast (4.5:1) on white.
      theme={{ token: { colorPrimary: "#0958d9", colorInfo: "#0958d9", colorLink: "#0958d9", colorTextSecondary: "rgba(0, 0, 0, 0.65)", colorTextDescription: "rgba(0, 0, 0, 0.65)", colorTextTertiary: "rgba(0, 0, 0, 0.62)" } }}
      // antd would render "登 录"; screen readers then spell it out character by character.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <ErrorReporterBridge />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
