// Department renames and name variants from domain/reference.md §7.2. Names are
// bodies without a level prefix: "卫计局" stands for 区卫计局, 市卫计局 and so on,
// because the prefix is kept as the document writes it. The committee office
// confirms every mapping; this table only proposes candidates.

/** How a former name relates to today's body. */
export type DepartmentChangeKind = "renamed" | "merged" | "name-variant";

/** One body as it is named today and the names it carried (or is abbreviated to) in older documents. */
export interface DepartmentRename {
  /** Today's names, the most common form first; any of them may be the one a directory uses. */
  current: readonly string[];
  /** Names before the change and their short forms; empty for pure name variants. */
  former: readonly string[];
  kind: DepartmentChangeKind;
  /** Why and when, in a line of English. */
  note: string;
  /**
   * Only some places made this change (体育局 → 教体局): the resolver uses it when the
   * directory holds the new body, but it is not proposed as today's name for a new unit.
   */
  localChoice?: boolean;
}

/** The alias table of reference.md §7.2, with the short forms seen in the seed documents. */
export const RENAMED_DEPARTMENTS: readonly DepartmentRename[] = [
  {
    current: ["卫生健康局", "卫健委", "卫生健康委员会", "卫健局"],
    former: ["卫计局", "卫生计生局", "卫计委", "卫生计生委", "卫生和计划生育局", "卫生和计划生育委员会", "卫生局"],
    kind: "renamed",
    note: "2018 reform: health and family planning became health (卫生健康), absorbing ageing work; Chongqing districts use 卫健委.",
  },
  {
    current: ["文化和旅游局", "文旅局", "文旅委", "文化和旅游发展委员会", "文化广电旅游局", "文化广电旅游体育局"],
    former: ["文广新局", "文化广电新闻出版局", "文化旅游和新闻出版局", "文化体育局", "文化局", "旅游局"],
    kind: "merged",
    note: "2018 reform merged culture and tourism; local names vary (文化广电旅游局, 重庆 文旅委).",
  },
  {
    current: ["税务局"],
    former: ["国税局", "地税局", "国家税务局", "地方税务局"],
    kind: "merged",
    note: "State and local tax bureaux merged into one 税务局 per level in 2018.",
  },
  {
    current: ["乡村振兴局", "农业农村局"],
    former: ["扶贫办", "扶贫开发办公室", "扶贫开发领导小组办公室"],
    kind: "renamed",
    note: "Poverty-alleviation office became 乡村振兴局 in 2021, then merged into 农业农村局 (2023–24) in most places.",
  },
  {
    current: ["自然资源局", "自然资源和规划局"],
    former: ["国土资源局", "国土局", "规划局", "城市规划局", "城乡规划局", "测绘局"],
    kind: "merged",
    note: "2018 reform merged land resources, planning and surveying into natural resources.",
  },
  {
    current: ["市场监督管理局", "市场监管局"],
    former: ["市监局", "质监局", "质量技术监督局", "工商局", "工商行政管理局", "食药监局", "食品药品监督管理局", "物价局"],
    kind: "merged",
    note: "Industry and commerce, quality supervision and food and drug bodies merged into market regulation (many counties from ~2014, all by 2019); price inspection too.",
  },
  {
    current: ["农业农村局", "农业农村委员会", "农业农村委"],
    former: ["农业局", "农委", "农牧局", "农经局", "农业委员会"],
    kind: "renamed",
    note: "2018 reform: agriculture became agriculture and rural affairs; Chongqing districts use 农业农村委员会.",
  },
  {
    current: ["应急管理局", "应急局"],
    former: ["安监局", "安全生产监督管理局"],
    kind: "merged",
    note: "2018 reform merged work-safety supervision with disaster-relief and fire functions into emergency management.",
  },
  {
    current: ["生态环境局", "生态环境分局"],
    former: ["环保局", "环境保护局"],
    kind: "renamed",
    note: "2018 reform: environmental protection became ecology and environment; counties are often a branch of the city bureau.",
  },
  {
    current: ["司法局"],
    former: ["法制办", "法制局", "政府法制办公室"],
    kind: "merged",
    note: "Legal-affairs offices merged into the justice bureau in 2018.",
  },
  {
    current: ["人力资源和社会保障局", "人社局", "人力资源社会保障局"],
    former: [],
    kind: "name-variant",
    note: "Same body; medical-insurance functions left for the new 医疗保障局.",
  },
  {
    current: ["住房和城乡建设局", "住建局", "住建委", "住房城乡建设局", "住房和城乡建设委员会"],
    former: [],
    kind: "name-variant",
    note: "Name variants of one body (重庆 districts: 住建委).",
  },
  {
    current: ["住房和城乡建设局", "住建局", "住建委", "住房和城乡建设委员会"],
    former: ["建设局", "房管局", "房产管理局"],
    kind: "merged",
    note: "Housing administration was usually merged into housing and urban-rural construction (local choice; 重庆 kept 房管局).",
    localChoice: true,
  },
  {
    current: ["政法委"],
    former: ["综治办", "社会治安综合治理办公室"],
    kind: "merged",
    note: "Comprehensive-security offices merged into the political-legal committee in 2018 (seed 003 still writes 综治办 in 2020).",
  },
  {
    current: ["网信办", "网络安全和信息化委员会办公室"],
    former: ["网络办"],
    kind: "renamed",
    note: "Internet office renamed to the cyberspace-affairs office.",
  },
  {
    current: ["信访局"],
    former: ["信访办"],
    kind: "renamed",
    note: "Petition offices became bureaux in many places (seed 003 still writes 信访办).",
  },
  {
    current: ["机构编制委员会办公室", "编办", "编委办"],
    former: [],
    kind: "name-variant",
    note: "Establishment office, now a Party committee body; short forms only.",
  },
  {
    current: ["残疾人联合会", "残联"],
    former: [],
    kind: "name-variant",
    note: "Disabled Persons' Federation; the short form is usual.",
  },
  {
    current: ["教育局", "教育和体育局", "教体局", "教委", "教育委员会"],
    former: [],
    kind: "name-variant",
    note: "Education body; merged with sport (教体局) in some places, 教委 in Chongqing. Local choice, no national rule.",
  },
  {
    current: ["教育和体育局", "教体局"],
    former: ["体育局"],
    kind: "merged",
    note: "Where sport merged into education; elsewhere 体育局 still exists, which the directory decides.",
    localChoice: true,
  },
  {
    current: ["经济和信息化局", "工业和信息化局", "经信局", "工信局", "经信委", "经济和信息化委员会", "经济和信息化委"],
    former: [],
    kind: "name-variant",
    note: "Economy and IT body; local names vary.",
  },
  {
    current: ["交通运输局", "交通局"],
    former: ["交委", "交通委员会"],
    kind: "renamed",
    note: "Transport commission to transport bureau (Chongqing districts: 交通局).",
  },
  {
    current: ["地方金融管理局", "地方金融监督管理局", "金融工作局"],
    former: ["金融办", "金融工作办公室"],
    kind: "renamed",
    note: "Finance office became local financial regulation (2018–19), then 地方金融管理局 (2023–24).",
  },
  {
    current: ["发展和改革局", "发改局", "发改委", "发展和改革委员会"],
    former: ["物价局"],
    kind: "merged",
    note: "Price policy went to development and reform; price inspection went to market regulation.",
  },
  {
    current: ["民政局"],
    former: [],
    kind: "name-variant",
    note: "Unchanged name; disaster relief, veterans and medical aid functions moved out in 2018.",
  },
];
