import { useEffect } from "react";
import { App } from "antd";
import { useTranslation } from "react-i18next";
import { isApiError } from "./api-error";
import { setErrorReporter } from "./error-reporter";

/** Shows API errors as antd notifications in the current language, always with the request id for support. */
export function ErrorReporterBridge(): null {
  const { notification } = App.useApp();
  const { t, i18n } = useTranslation();

  useEffect(() => {
    setErrorReporter((error) => {
      if (isApiError(error)) {
        const text = i18n.language === "en" ? error.messageEn : error.message;
        notification.error({
          title: text,
          description: error.requestId ? `${t("请求编号")}: ${error.requestId}` : undefined,
        });
      } else {
        notification.error({ title: t("网络错误，请稍后重试") });
        console.error(error);
      }
    });
  }, [notification, t, i18n]);

  return null;
}
