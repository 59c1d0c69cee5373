import type { RegionDto, UnitDto } from "../../../../src/shared/api";

// Type-only imports keep zod out of the browser bundle; the Record types make these lists exhaustive.
export const REGION_LEVEL_LABELS: Record<RegionDto["level"], string> = {
  country: "国家",
  province: "省级",
  prefecture: "市级",
  county: "县级",
  town: "乡镇（街道）",
  village: "村（社区）",
};

export const UNIT_KIND_LABELS: Record<UnitDto["kind"], string> = {
  department: "部门",
  government: "人民政府",
  group: "单位组合",
  enterprise: "企业",
  organisation: "群团及社会组织",
};

export const regionLevels = Object.keys(REGION_LEVEL_LABELS) as RegionDto["level"][];
export const unitKinds = Object.keys(UNIT_KIND_LABELS) as UnitDto["kind"][];
