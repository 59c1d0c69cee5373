import type { Light } from "./lights";

export const LIGHT_ZH: Record<Light, string> = { done: "已完成", green: "正常推进", yellow: "临期预警", red: "逾期", grey: "未到期" };
export const LEVEL_ZH = { yellow: "黄", orange: "橙", red: "红" } as const;
export const KIND_ZH = { reminder: "催办", supervision: "督办单" } as const;
