import { Button, Space, Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { PlanSummaryDto } from "../../../../src/plans/plan.schemas";
import { useCan } from "../../auth/session";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { usePlans } from "./plans-api";
import { PLAN_STATUS_LABELS } from "./plans-i18n";
import { RegionName } from "./region-name";

/** 规划列表: the plans in the user's region subtree, with the import button for the office. */
export function PlanListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canImport = useCan("plan.import");
  const plans = usePlans();

  const columns: TableColumnsType<PlanSummaryDto> = [
    {
      title: t("规划名称"),
      dataIndex: "title",
      key: "title",
      render: (title: string, plan) => <Link to={`/plans/${plan.id}`}>{title}</Link>,
    },
    {
      title: t("行政区划"),
      key: "region",
      render: (_value, plan) => <RegionName name={plan.regionName} code={plan.regionCode} isDemo={plan.regionIsDemo} />,
    },
    {
      title: t("规划期"),
      key: "period",
      render: (_value, plan) => (plan.periodStart === plan.periodEnd ? `${plan.periodStart}` : `${plan.periodStart}—${plan.periodEnd}`),
    },
    { title: t("任务数"), dataIndex: "taskCount", key: "taskCount", align: "right" },
    {
      title: t("状态"),
      dataIndex: "status",
      key: "status",
      render: (status: PlanSummaryDto["status"]) => <Tag color={status === "active" ? "green" : undefined}>{t(PLAN_STATUS_LABELS[status])}</Tag>,
    },
  ];

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("规划")}
        </h1>
        <Space>
          {canImport && (
            <Button type="primary" onClick={() => void navigate("/plans/import")}>
              {t("导入规划")}
            </Button>
          )}
        </Space>
      </div>
      <ApiErrorAlert error={plans.error} />
      <Table<PlanSummaryDto>
        rowKey="id"
        columns={columns}
        dataSource={plans.data ?? []}
        loading={plans.isFetching}
        locale={{ emptyText: t("尚无规划，请先导入") }}
        pagination={{ hideOnSinglePage: true }}
      />
    </>
  );
}
