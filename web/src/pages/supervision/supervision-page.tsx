import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Card, Select, Space, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useCan, useSessionUser } from "../../auth/session";
import { usePlan, usePlans } from "../plans/plans-api";
import { AsOfPicker } from "./as-of-picker";
import { LightCounts } from "./light-counts";
import { LightTag } from "./light-tag";
import { NoticesTable } from "./notices-table";
import { OverdueLists } from "./overdue-lists";
import { PlanLightsTable } from "./plan-lights-table";
import { PlanTimeline } from "./plan-timeline";
import { ReviewQueue } from "./review-queue";
import { bulletinUrl, ledgerUrl, useOverview, usePlanLights } from "./supervision-api";
import "./supervision-i18n";

/**
 * 督办: the committee office's tools on one page. The "as of" day, plan and region apply to every tab;
 * leaders and evaluators see the same data without the write buttons.
 */
export function SupervisionPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canReview = useCan("report.review");
  const canExport = useCan("supervision.export");
  const plans = usePlans();
  const [asOf, setAsOf] = useState<string>();
  const [planId, setPlanId] = useState<string>();
  const plan = usePlan(planId);
  const overview = useOverview({ asOf, planId });
  const lights = usePlanLights(planId, asOf);
  const effectiveAsOf = asOf ?? overview.data?.asOf;
  // The open tab lives in the URL (?tab=review), so the workbench can link straight to it.
  const [search, setSearch] = useSearchParams();

  // Start on the first plan so that lights, timeline and the ledger have something to show.
  useEffect(() => {
    if (!planId && plans.data && plans.data.length > 0) setPlanId(plans.data[0].id);
  }, [plans.data, planId]);

  const taskContents = useMemo(() => new Map((plan.data?.tasks ?? []).map((task) => [task.id, task.content])), [plan.data]);
  const planRegion = plan.data?.regionCode ?? user.regionCode;

  const tabs = [
    {
      key: "overview",
      label: t("概况"),
      children: (
        <>
          {overview.data && overview.data.children.length > 0 && (
            <Card size="small" title={t("下级区划")} style={{ marginBottom: 16 }}>
              <Space wrap>
                {overview.data.children.map((child) => (
                  <span key={child.regionCode}>
                    {child.name} <LightTag light={child.light} />
                  </span>
                ))}
              </Space>
            </Card>
          )}
          {planId ? <PlanLightsTable lights={lights.data} loading={lights.isFetching} taskContents={taskContents} /> : <Alert type="info" title={t("请选择规划")} />}
        </>
      ),
    },
    ...(canReview ? [{ key: "review", label: t("报告审核"), children: <ReviewQueue planId={planId} /> }] : []),
    {
      key: "overdue",
      label: t("逾期与临期"),
      children: <OverdueLists asOf={asOf} planId={planId} regionCode={undefined} unitRegionCode={planRegion} />,
    },
    { key: "notices", label: t("督办通知"), children: <NoticesTable planId={planId} /> },
    {
      key: "timeline",
      label: t("时间轴"),
      children: planId ? <PlanTimeline planId={planId} asOf={asOf} taskContents={taskContents} /> : <Alert type="info" title={t("请选择规划")} />,
    },
  ];

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("督办")}
        </h1>
        <Space wrap>
          {canExport && planId && (
            <Button href={ledgerUrl(planId, effectiveAsOf)} download>
              {t("导出任务台账（.xlsx）")}
            </Button>
          )}
          {canExport && (
            <Button href={bulletinUrl({ asOf: effectiveAsOf, planId })} download>
              {t("导出督办通报（.docx）")}
            </Button>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          <Space wrap>
            <label htmlFor="supervision-plan">{t("所属规划")}</label>
            <Select
              id="supervision-plan"
              style={{ minWidth: 360 }}
              value={planId}
              loading={plans.isPending}
              allowClear
              placeholder={t("全部规划")}
              onChange={(value: string | undefined) => setPlanId(value)}
              showSearch={{ optionFilterProp: "label" }}
              options={(plans.data ?? []).map((item) => ({ value: item.id, label: `${item.title}（${item.periodStart}–${item.periodEnd}）` }))}
            />
          </Space>
          <AsOfPicker
            id="supervision-as-of"
            value={asOf}
            effective={effectiveAsOf}
            onChange={setAsOf}
            periodStart={plan.data?.periodStart}
            periodEnd={plan.data?.periodEnd}
          />
          {overview.data && (
            <span>
              {plan.data ? plan.data.title : overview.data.regionName} <LightTag light={overview.data.light} />
            </span>
          )}
        </Space>
      </Card>
      <LightCounts counts={overview.data?.counts} label={t("任务状态统计")} />
      <Tabs
        style={{ marginTop: 16 }}
        items={tabs}
        activeKey={tabs.some((tab) => tab.key === search.get("tab")) ? (search.get("tab") ?? undefined) : "overview"}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        destroyOnHidden
      />
    </>
  );
}
