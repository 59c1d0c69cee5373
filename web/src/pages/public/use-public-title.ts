import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Each portal page names itself in the browser tab and the screen reader's page announcement (WCAG 2.4.2). */
export function usePublicTitle(page: string | null): void {
  const { t } = useTranslation();
  const site = t("残疾人事业发展规划信息公开");
  useEffect(() => {
    document.title = page ? `${page} - ${site}` : site;
  }, [page, site]);
}
