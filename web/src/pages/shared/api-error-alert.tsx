import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";

/** Inline form error: the server's message in the UI language and the request id to quote to support. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const apiError = isApiError(error) ? error : undefined;
  const text = apiError ? (i18n.language === "en" ? apiError.messageEn : apiError.message) : t("网络错误，请稍后重试");
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={text}
      description={apiError?.requestId ? `${t("请求编号")}: ${apiError.requestId}` : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
