import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicTitle } from "./use-public-title";

/** One answer for unknown and unpublished: the portal never says which of the two it was. */
export function PublicNotFound() {
  const { t } = useTranslation();
  usePublicTitle(t("页面不存在"));
  return (
    <section className="xk-public-section" data-testid="public-not-found">
      <h1>{t("页面不存在")}</h1>
      <p>{t("您访问的规划或评估报告不存在，或尚未公开。")}</p>
      <p>
        <Link to="/public">{t("返回信息公开首页")}</Link>
      </p>
    </section>
  );
}
