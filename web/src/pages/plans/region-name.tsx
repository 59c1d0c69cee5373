import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

/** A region's name and code; a demo region says plainly that it is fictional. */
export function RegionName({ name, code, isDemo }: { name: string; code: string; isDemo: boolean }) {
  const { t } = useTranslation();
  return (
    <span>
      {name}（{code}）
      {isDemo && (
        <Tooltip title={t("演示数据：原文件未写明地区，此地区为虚构的演示地区")}>
          <Tag color="purple" style={{ marginInlineStart: 8 }}>
            {t("虚构的演示地区")}
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
