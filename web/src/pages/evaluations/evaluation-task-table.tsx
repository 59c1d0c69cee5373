import { useMemo, useState } from "react";
import { Button, Checkbox, Select, Space, Spin, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { LightTag } from "../supervision/light-tag";
import { BULK_SCORE_LIMIT, evaluationWrites, type EvaluationDetail, type EvaluationTask, type EvaluationWrite, type ScoreInput } from "./evaluations-api";
import { RATING_LABELS } from "./evaluations-labels";
import { scoreColumns, useCommentDrafts } from "./score-columns";

interface Props {
  evaluation: EvaluationDetail;
  editable: boolean;
  save: (work: EvaluationWrite) => Promise<EvaluationDetail | undefined>;
}

/** 任务评分: each leaf task with its light on the 基准日 and the suggested rating; the evaluator rates and comments. */
export function EvaluationTaskTable({ evaluation, editable, save }: Props) {
  const { t } = useTranslation();
  const drafts = useCommentDrafts();
  const [chapter, setChapter] = useState<string>();
  const [unscoredOnly, setUnscoredOnly] = useState(false);
  const [applying, setApplying] = useState<number>();

  const chapters = useMemo(() => [...new Set(evaluation.tasks.map((task) => task.chapter).filter((c): c is string => Boolean(c)))], [evaluation.tasks]);
  const shown = evaluation.tasks.filter((task) => (!chapter || task.chapter === chapter) && (!unscoredOnly || task.rating === null));
  const unscored = evaluation.tasks.filter((task) => task.rating === null);
  const scoreTask = async (task: EvaluationTask, score: ScoreInput) => Boolean(await save(evaluationWrites.scoreTask(evaluation.id, task.taskId, score)));

  // The server takes the scores in one write (one version bump); only a plan beyond its limit needs more than one request.
  const applySuggested = async () => {
    const items = unscored.map((task) => ({ taskId: task.taskId, rating: task.suggestedRating, comment: drafts.drafts[task.taskId] ?? task.comment }));
    setApplying(items.length);
    for (let start = 0; start < items.length; start += BULK_SCORE_LIMIT) {
      const batch = items.slice(start, start + BULK_SCORE_LIMIT);
      if (!(await save(evaluationWrites.scoreTasks(evaluation.id, batch)))) break;
      for (const item of batch) drafts.clear(item.taskId);
    }
    setApplying(undefined);
  };

  const columns: TableColumnsType<EvaluationTask> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 60 },
    // Many task tables have no chapters; an empty column would only take room from the comments.
    ...(chapters.length > 0 ? [{ title: t("章节"), dataIndex: "chapter", key: "chapter", width: 130, render: (value: string | null) => value ?? "—" }] : []),
    { title: t("工作任务"), dataIndex: "content", key: "content" },
    { title: t("责任单位"), key: "units", width: 140, render: (_value, task) => task.units.join("、") || "—" },
    { title: t("基准日状态"), key: "light", width: 96, render: (_value, task) => <LightTag light={task.light} /> },
    { title: t("建议评分"), key: "suggested", width: 84, render: (_value, task) => t(RATING_LABELS[task.suggestedRating]) },
    ...scoreColumns<EvaluationTask>({ t, editable, keyOf: (task) => task.taskId, drafts, save: scoreTask }),
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {chapters.length > 0 && (
          <>
            <label htmlFor="evaluation-chapter">{t("章节")}</label>
            <Select
              id="evaluation-chapter"
              style={{ minWidth: 220 }}
              allowClear
              placeholder={t("全部章节")}
              value={chapter}
              onChange={(value: string | undefined) => setChapter(value)}
              options={chapters.map((value) => ({ value, label: value }))}
            />
          </>
        )}
        <Checkbox checked={unscoredOnly} onChange={(event) => setUnscoredOnly(event.target.checked)}>
          {t("只看未评分")}
        </Checkbox>
        {editable && (
          <Button onClick={() => void applySuggested()} disabled={unscored.length === 0 || applying !== undefined} loading={applying !== undefined}>
            {t("采用建议评分")}
          </Button>
        )}
        {applying !== undefined && (
          <Space role="status" aria-live="polite">
            <Spin size="small" />
            {t("正在为 {{count}} 项任务采用建议评分", { count: applying })}
          </Space>
        )}
      </Space>
      <Table<EvaluationTask>
        rowKey="taskId"
        size="small"
        columns={columns}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: unscoredOnly ? t("没有未评分的任务") : t("没有任务") }}
        scroll={{ x: 1000 }}
      />
    </>
  );
}
