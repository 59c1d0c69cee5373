import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { useCan } from "../../auth/session";
import { usePublicPlan } from "./public-api";
import { publicDate } from "./public-labels";

/**
 * The office's 发布到公开门户 / 撤销发布 on a plan's page. Whether the plan is public is read from the
 * public portal itself, so what it shows is exactly what an anonymous reader gets.
 */
export function PlanPublishControl({ planId, isDraft }: { planId: string; isDraft: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const canPublish = useCan("plan.publish");
  // Only the office asks; for everyone else the control is not shown.
  const published = usePublicPlan(planId, canPublish);
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (publish: boolean) => api.post<{ id: string; publishedAt: string | null }>(`/api/plans/${encodeURIComponent(planId)}/${publish ? "publish" : "unpublish"}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["public"] }),
  });
  if (!canPublish || published.isPending) return null;
  const publishedAt = published.data?.publishedAt ?? null;

  const confirm = (publish: boolean) =>
    modal.confirm({
      title: publish ? t("发布到公开门户？") : t("撤销发布？"),
      content: publish
        ? t("发布后，任何人无需登录即可查看本规划的任务分工、已审核通过的进展和指标。")
        : t("撤销后，本规划及其评估报告将从公开门户消失，直至再次发布。"),
      okText: publish ? t("确认发布") : t("确认撤销"),
      cancelText: t("取消"),
      onOk: () => change.mutateAsync(publish),
    });

  return (
    <Space wrap data-testid="plan-publish-control">
      <span role="status">{publishedAt ? t("已公开（{{date}} 发布）", { date: publicDate(publishedAt) }) : t("未公开")}</span>
      {publishedAt ? (
        <>
          <a href={`/public/plans/${planId}`} target="_blank" rel="noopener">
            {t("在公开门户查看")}
          </a>
          <Button danger onClick={() => confirm(false)} loading={change.isPending}>
            {t("撤销发布")}
          </Button>
        </>
      ) : (
        <Button onClick={() => confirm(true)} loading={change.isPending} disabled={isDraft} title={isDraft ? t("草稿不能发布") : undefined}>
          {t("发布到公开门户")}
        </Button>
      )}
    </Space>
  );
}
