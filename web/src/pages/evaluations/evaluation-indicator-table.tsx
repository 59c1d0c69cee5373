import { Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { evaluationWrites, type EvaluationDetail, type EvaluationIndicator, type EvaluationWrite, type ScoreInput } from "./evaluations-api";
import { ATTRIBUTE_LABELS, INDICATOR_LIGHT_COLORS, INDICATOR_STATUS_LABELS } from "./evaluations-labels";
import { scoreColumns, useCommentDrafts } from "./score-columns";

interface Props {
  evaluation: EvaluationDetail;
  editable: boolean;
  save: (work: EvaluationWrite) => Promise<EvaluationDetail | undefined>;
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function targetText(target: EvaluationIndicator["target"]): string {
  if (target.value === null) return target.text ?? "—";
  return `${target.op} ${number(target.value)}${target.unit ?? ""}`;
}

function figureText(item: EvaluationIndicator): string {
  if (!item.figure || item.figure.value === null) return "—";
  return `${number(item.figure.value)}${item.target.unit ?? ""}`;
}

/** 指标评分: each indicator's figure for the evaluation's year against its target, with the evaluator's rating. */
export function EvaluationIndicatorTable({ evaluation, editable, save }: Props) {
  const { t } = useTranslation();
  const drafts = useCommentDrafts();
  const scoreIndicator = async (item: EvaluationIndicator, score: ScoreInput) => Boolean(await save(evaluationWrites.scoreIndicator(evaluation.id, item.indicatorId, score)));

  const columns: TableColumnsType<EvaluationIndicator> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 70 },
    { title: t("指标名称"), dataIndex: "name", key: "name" },
    { title: t("属性"), key: "attribute", width: 80, render: (_value, item) => (item.attribute ? t(ATTRIBUTE_LABELS[item.attribute]) : "—") },
    { title: t("目标值"), key: "target", width: 120, render: (_value, item) => targetText(item.target) },
    { title: t("{{year}}年实际值", { year: evaluation.indicatorYear }), key: "figure", width: 120, render: (_value, item) => figureText(item) },
    {
      title: t("状态"),
      key: "status",
      width: 120,
      render: (_value, item) =>
        item.figure ? <Tag color={INDICATOR_LIGHT_COLORS[item.figure.status.light]}>{t(INDICATOR_STATUS_LABELS[item.figure.status.status])}</Tag> : "—",
    },
    ...scoreColumns<EvaluationIndicator>({ t, editable, keyOf: (item) => item.indicatorId, drafts, save: scoreIndicator }),
  ];

  return (
    <Table<EvaluationIndicator>
      rowKey="indicatorId"
      size="small"
      columns={columns}
      dataSource={evaluation.indicators}
      pagination={false}
      locale={{ emptyText: t("该规划没有指标") }}
      scroll={{ x: 1000 }}
    />
  );
}
