import { useState } from "react";
import { Input, Select, Tag, type TableColumnsType } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Rating, ScoreInput } from "./evaluations-api";
import { RATING_COLORS, RATING_LABELS, RATING_ORDER } from "./evaluations-labels";

interface Scored {
  no: string;
  rating: Rating | null;
  comment: string;
}

export function RatingTag({ rating }: { rating: Rating | null }) {
  const { t } = useTranslation();
  return rating ? <Tag color={RATING_COLORS[rating]}>{t(RATING_LABELS[rating])}</Tag> : <Tag>{t("未评分")}</Tag>;
}

/** Comments typed before a rating is chosen wait here; the score is saved with them once rated. */
export function useCommentDrafts() {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  return {
    drafts,
    setDraft: (key: string, text: string) => setDrafts((all) => ({ ...all, [key]: text })),
    clear: (key: string) =>
      setDrafts((all) => {
        const rest = { ...all };
        delete rest[key];
        return rest;
      }),
  };
}

interface Options<T extends Scored> {
  t: TFunction;
  editable: boolean;
  keyOf: (item: T) => string;
  drafts: ReturnType<typeof useCommentDrafts>;
  save: (item: T, score: ScoreInput) => Promise<boolean>;
}

/** The 评分 and 评语 columns shared by the task and indicator tables: a rating saves at once, a comment on leaving the field. */
export function scoreColumns<T extends Scored>({ t, editable, keyOf, drafts, save }: Options<T>): TableColumnsType<T> {
  const commit = async (item: T, score: ScoreInput) => {
    if (await save(item, score)) drafts.clear(keyOf(item));
  };
  const commentOf = (item: T) => drafts.drafts[keyOf(item)] ?? item.comment;
  return [
    {
      title: t("评分"),
      key: "rating",
      width: 124,
      render: (_value, item) =>
        editable ? (
          <Select<Rating>
            aria-label={t("评分 {{no}}", { no: item.no })}
            style={{ width: 108 }}
            value={item.rating ?? undefined}
            placeholder={t("未评分")}
            onChange={(rating) => void commit(item, { rating, comment: commentOf(item) })}
            options={RATING_ORDER.map((rating) => ({ value: rating, label: t(RATING_LABELS[rating]) }))}
          />
        ) : (
          <RatingTag rating={item.rating} />
        ),
    },
    {
      title: t("评语"),
      key: "comment",
      width: 220,
      render: (_value, item) =>
        editable ? (
          <Input.TextArea
            aria-label={t("评语 {{no}}", { no: item.no })}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={5000}
            value={commentOf(item)}
            placeholder={item.rating ? undefined : t("评分后保存")}
            onChange={(event) => drafts.setDraft(keyOf(item), event.target.value)}
            onBlur={() => {
              const draft = drafts.drafts[keyOf(item)];
              if (item.rating && draft !== undefined && draft !== item.comment) void commit(item, { rating: item.rating, comment: draft });
            }}
          />
        ) : (
          <span style={{ whiteSpace: "pre-wrap" }}>{item.comment}</span>
        ),
    },
  ];
}
