import { Result } from "antd";
import { useTranslation } from "react-i18next";

/** Placeholder for a page that another engineer has not built yet. */
export function UnderConstruction({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="xk-page-title">{t(title)}</h1>
      <Result status="info" title={t("建设中")} subTitle={t("该功能正在建设中，敬请期待。")} />
    </>
  );
}
