import type { Light, NoticeKind, NoticeLevel, Progress, ReportState } from "./supervision-api";
import "./supervision-i18n";

/** Chinese source strings (i18n keys) of the supervision vocabulary; lights always carry text, never colour alone. */
export const LIGHT_LABELS: Record<Light, string> = { done: "已完成", green: "正常", yellow: "预警", red: "逾期", grey: "未开始" };
// Dark enough for white text (WCAG AA 4.5:1).
export const LIGHT_COLORS: Record<Light, string> = { done: "#0958d9", green: "#237804", yellow: "#ad6800", red: "#a8071a", grey: "#595959" };
export const LIGHT_ORDER: readonly Light[] = ["done", "green", "yellow", "red", "grey"];

export const PROGRESS_LABELS: Record<Progress, string> = { "not-started": "未开始", "in-progress": "推进中", done: "已完成", blocked: "受阻" };
export const REPORT_STATE_LABELS: Record<ReportState, string> = { draft: "草稿", submitted: "已提交", accepted: "已通过", returned: "已退回", locked: "已锁定" };
export const REPORT_STATE_COLORS: Record<ReportState, string> = { draft: "default", submitted: "processing", accepted: "success", returned: "error", locked: "purple" };
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { reminder: "催办", supervision: "督办单" };
export const NOTICE_LEVEL_LABELS: Record<NoticeLevel, string> = { yellow: "黄色", orange: "橙色", red: "红色" };
export const NOTICE_LEVEL_COLORS: Record<NoticeLevel, string> = { yellow: "gold", orange: "orange", red: "red" };
export const NOTICE_STATE_LABELS: Record<"open" | "responded" | "closed", string> = { open: "待回复", responded: "已回复", closed: "已办结" };
export const ROLE_IN_TASK_LABELS: Record<"lead" | "partner", string> = { lead: "牵头", partner: "配合" };
