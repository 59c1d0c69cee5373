import type { RegionDto } from "../shared/api";

/**
 * Regions preloaded at migration: the seed plans' jurisdictions and their parents
 * (domain/reference.md §5.3). 99xxxx is not a GB/T 2260 province: it holds the demo
 * district for seed 000, whose document names no place.
 */
export const SEED_REGIONS: RegionDto[] = [
  { code: "000000", name: "全国", level: "country", parentCode: null, isDemo: false },
  { code: "230000", name: "黑龙江省", level: "province", parentCode: "000000", isDemo: false },
  { code: "230800", name: "佳木斯市", level: "prefecture", parentCode: "230000", isDemo: false },
  { code: "230881", name: "同江市", level: "county", parentCode: "230800", isDemo: false },
  { code: "440000", name: "广东省", level: "province", parentCode: "000000", isDemo: false },
  { code: "440800", name: "湛江市", level: "prefecture", parentCode: "440000", isDemo: false },
  { code: "440802", name: "赤坎区", level: "county", parentCode: "440800", isDemo: false },
  { code: "440803", name: "霞山区", level: "county", parentCode: "440800", isDemo: false },
  { code: "440804", name: "坡头区", level: "county", parentCode: "440800", isDemo: false },
  { code: "440811", name: "麻章区", level: "county", parentCode: "440800", isDemo: false },
  { code: "440823", name: "遂溪县", level: "county", parentCode: "440800", isDemo: false },
  { code: "440825", name: "徐闻县", level: "county", parentCode: "440800", isDemo: false },
  { code: "440881", name: "廉江市", level: "county", parentCode: "440800", isDemo: false },
  { code: "440882", name: "雷州市", level: "county", parentCode: "440800", isDemo: false },
  { code: "440883", name: "吴川市", level: "county", parentCode: "440800", isDemo: false },
  { code: "500000", name: "重庆市", level: "province", parentCode: "000000", isDemo: false },
  { code: "500100", name: "重庆市市辖区", level: "prefecture", parentCode: "500000", isDemo: false },
  { code: "500106", name: "沙坪坝区", level: "county", parentCode: "500100", isDemo: false },
  { code: "370000", name: "山东省", level: "province", parentCode: "000000", isDemo: false },
  { code: "370300", name: "淄博市", level: "prefecture", parentCode: "370000", isDemo: false },
  { code: "370305", name: "临淄区", level: "county", parentCode: "370300", isDemo: false },
  { code: "990000", name: "演示省（虚构）", level: "province", parentCode: "000000", isDemo: true },
  { code: "990100", name: "演示市（虚构）", level: "prefecture", parentCode: "990000", isDemo: true },
  { code: "990102", name: "演示区（虚构，原文未写明地区）", level: "county", parentCode: "990100", isDemo: true },
];

/** The demo district that stands in for seed 000's unnamed district. */
export const DEMO_DISTRICT_CODE = "990102";
