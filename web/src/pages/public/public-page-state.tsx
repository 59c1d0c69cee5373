import { Spin } from "antd";
import { useTranslation } from "react-i18next";
import { ApiErrorAlert } from "../shared/api-error-alert";

/** Loading and failure of a portal page, announced politely to screen readers. */
export function PublicLoading() {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ display: "grid", placeItems: "center", minHeight: "30vh" }}>
      <Spin size="large" aria-hidden="true" />
      <span>{t("正在加载…")}</span>
    </div>
  );
}

export function PublicLoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <section className="xk-public-section">
      <h1>{t("暂时无法加载")}</h1>
      <ApiErrorAlert error={error} />
    </section>
  );
}
