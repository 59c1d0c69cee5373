import { Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Light } from "./supervision-api";
import { LIGHT_LABELS, LIGHT_ORDER } from "./supervision-labels";

interface Props {
  /** Prefix of the two controls' ids, unique on the page (their labels point at them). */
  idPrefix: string;
  light: Light | undefined;
  onLight: (light: Light | undefined) => void;
  search: string;
  onSearch: (search: string) => void;
}

/** 状态筛选 + 查找任务: the two filters every task-light table offers, each with a visible label. */
export function LightSearchFilters({ idPrefix, light, onLight, search, onSearch }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={`${idPrefix}-light`}>{t("状态筛选")}</label>
      <Select
        id={`${idPrefix}-light`}
        allowClear
        style={{ width: 140 }}
        placeholder={t("全部")}
        value={light}
        onChange={(value: Light | undefined) => onLight(value)}
        options={LIGHT_ORDER.map((value) => ({ value, label: t(LIGHT_LABELS[value]) }))}
      />
      <label htmlFor={`${idPrefix}-search`}>{t("查找任务")}</label>
      <Input id={`${idPrefix}-search`} allowClear style={{ width: 220 }} placeholder={t("序号或任务内容")} value={search} onChange={(event) => onSearch(event.target.value)} />
    </>
  );
}
