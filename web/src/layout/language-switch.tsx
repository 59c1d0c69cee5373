import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { changeLanguage } from "../i18n";
import type { Language } from "../i18n/language";

/** 中文 / English switch; each option is labelled in its own language so everyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === "en" ? "en" : "zh";
  return (
    <Segmented<Language>
      aria-label={t("界面语言")}
      // The group itself would be an extra tab stop before its radio buttons, which already take focus.
      tabIndex={-1}
      size="small"
      value={value}
      onChange={(language) => void changeLanguage(language)}
      options={[
        { label: <span lang="zh-CN">中文</span>, value: "zh" },
        { label: <span lang="en">English</span>, value: "en" },
      ]}
    />
  );
}
