import { useState } from "react";
import { Button, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { ReportReviewDrawer } from "./report-review-drawer";
import { useReviewQueue, type ReviewItem } from "./supervision-api";

const PAGE = 20;

/** 审核: submitted lead reports, oldest submission first; opening one shows the review drawer. */
export function ReviewQueue({ planId, regionCode }: { planId?: string; regionCode?: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string>();
  const queue = useReviewQueue({ planId, regionCode, limit: PAGE, offset: (page - 1) * PAGE });

  const columns: TableColumnsType<ReviewItem> = [
    { title: t("序号"), dataIndex: "taskNo", key: "taskNo", width: 80 },
    { title: t("工作任务"), dataIndex: "taskContent", key: "taskContent", ellipsis: true },
    { title: t("牵头单位"), dataIndex: "unitName", key: "unitName", width: 160 },
    { title: t("节点"), key: "due", width: 160, render: (_v, item) => `${item.milestoneLabel}（${item.due}）` },
    { title: t("配合单位已报"), key: "partners", width: 120, render: (_v, item) => `${item.partnersSubmitted}/${item.partnersTotal}` },
    { title: t("提交时间"), key: "submittedAt", width: 120, render: (_v, item) => item.submittedAt?.slice(0, 10) ?? "—" },
    {
      title: t("操作"),
      key: "open",
      width: 100,
      render: (_v, item) => (
        <Button type="link" onClick={() => setOpenId(item.id)} aria-label={`${t("审核")} ${item.taskNo} ${item.unitName}`}>
          {t("审核")}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Table<ReviewItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isFetching}
        locale={{ emptyText: t("暂无待审核的报告") }}
        pagination={{ current: page, pageSize: PAGE, total: queue.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
      <ReportReviewDrawer reportId={openId} onClose={() => setOpenId(undefined)} />
    </>
  );
}
