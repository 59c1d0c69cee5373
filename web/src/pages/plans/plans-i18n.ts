import { i18n } from "../../i18n/index";
import catalog from "./en.json";

// The plans pages' English strings live beside them; merged once when any plans page loads.
i18n.addResources("en", "translation", catalog);

export const PLAN_STATUS_LABELS = { draft: "草稿", active: "实施中", closed: "已结束" } as const;
export const REPORTING_CYCLE_LABELS = { month: "每月", quarter: "每季度", "half-year": "每半年", year: "每年" } as const;
export const MILESTONE_KIND_LABELS = { deadline: "截止", "window-end": "阶段结束", period: "定期", event: "节日/活动", cycle: "定期报告" } as const;

/** Row warning codes shown as tags in the preview, grouped the way the office reads them. */
export function warningTag(code: string): { label: string; color: string } {
  if (code === "UNIT_UNKNOWN") return { label: "未识别的单位", color: "orange" };
  if (code === "SCHEDULE_NOT_UNDERSTOOD" || code === "SCHEDULE_NO_YEAR") return { label: "时间要求无法识别", color: "gold" };
  if (code === "ROW_CUT_OFF") return { label: "疑似截断的行", color: "red" };
  if (code === "UNITS_INHERITED" || code === "SCHEDULE_INHERITED") return { label: "沿用上一行", color: "blue" };
  return { label: "需核对", color: "default" };
}
