import type { EvaluationReport } from "./evaluation-model";

/** A final evaluation of a county 十三五 plan, used by the tests and the manual layout check. */
export const FINAL_EVALUATION_FIXTURE: EvaluationReport = {
  plan: {
    title: "临淄区“十三五”加快残疾人小康进程规划",
    region: { code: "370305", name: "淄博市临淄区" },
    period: { start: 2016, end: 2020 },
    docNumber: "临政字〔2017〕12号",
  },
  kind: { type: "final" },
  evaluator: { name: "山东某某第三方评估中心", date: "2020-12-31" },
  summary: { tasksTotal: 5, completed: 3, basicallyCompleted: 1, notCompleted: 1, completionRate: 0.6 },
  units: [
    { unit: "区民政局", tasks: 2, completed: 2, basicallyCompleted: 0, notCompleted: 0, completionRate: 1 },
    { unit: "区残联", tasks: 3, completed: 1, basicallyCompleted: 1, notCompleted: 1, completionRate: 1 / 3 },
    { unit: "-区卫生健康局", tasks: 1, completed: 1, basicallyCompleted: 0, notCompleted: 0, completionRate: 1 },
  ],
  indicators: [
    {
      name: "困难残疾人生活补贴目标人群覆盖率",
      attribute: "binding",
      targetText: ">96%",
      unit: "%",
      baseline: { value: 90, year: 2015 },
      actual: 98.2,
      status: "met",
    },
    {
      name: "残疾人基本康复服务覆盖率",
      attribute: "binding",
      targetText: ">90%",
      unit: "%",
      baseline: { value: 70, year: 2015 },
      actual: 75,
      status: "behind",
    },
    {
      name: "残疾人家庭人均可支配收入年均增速",
      attribute: "expected",
      targetText: "与国内生产总值增长基本同步",
      unit: "%",
      baseline: null,
      actual: 8.1,
      status: "no-data",
      note: "目标值为文字表述",
    },
  ],
  overdue: [
    { taskNo: "3", task: "建成区残疾人综合服务中心", unit: "区残联", milestoneDue: "2020-06-30", daysOverdue: 184 },
    { taskNo: "5", task: "+开展无障碍环境建设专项检查", unit: "@区住建局", milestoneDue: "2020-10-31", daysOverdue: 61 },
  ],
  findings: [
    { taskNo: "1", task: "落实困难残疾人生活补贴和重度残疾人护理补贴制度", units: "区民政局、区残联", rating: "completed", comment: "两项补贴按时足额发放，动态管理到位。" },
    { taskNo: "2", task: "将符合条件的残疾人纳入最低生活保障", units: "区民政局", rating: "completed", comment: "应保尽保。" },
    { taskNo: "3", task: "建成区残疾人综合服务中心", units: "区残联", rating: "not-completed", comment: "=HYPERLINK(\"http://example.invalid\",\"主体工程未竣工\")" },
    { taskNo: "4", task: "实施精准康复服务行动", units: "区卫生健康局、区残联", rating: "basically-completed", comment: "覆盖率未达目标，需加强需求评估与转介。" },
    { taskNo: "5", task: "开展无障碍环境建设专项检查", units: "区住建局", rating: "completed", comment: "已完成城区主要道路检查。" },
  ],
  overall:
    "规划实施总体顺利，主要民生指标大多达到或超过目标。\n\n残疾人基本康复服务覆盖率仍低于目标，建议在“十四五”期间加大投入，完善需求评估和服务转介机制。",
};
