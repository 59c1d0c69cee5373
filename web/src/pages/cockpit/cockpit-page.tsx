import { useState } from "react";
import { Breadcrumb, Card, Col, Row, Select, Space, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { useSessionUser } from "../../auth/session";
import { usePlans } from "../plans/plans-api";
import { ApiErrorAlert } from "../shared/api-error-alert";
import { AsOfPicker } from "../supervision/as-of-picker";
import { LightCounts } from "../supervision/light-counts";
import { LightTag } from "../supervision/light-tag";
import { ChaptersCard } from "./chapters-card";
import { useDashboard } from "./cockpit-api";
import { ALL_PLANS, useCockpitSelection } from "./cockpit-selection";
import { IndicatorsCard } from "./indicators-card";
import { RegionsCard } from "./regions-card";
import { LightsTrendCard, OverdueTrendCard } from "./trend-cards";
import { UnitTasksDrawer } from "./unit-tasks-drawer";
import { UnitsCard } from "./units-card";
import "./cockpit-i18n";
import "./cockpit.css";

/** 驾驶舱: one screen per region and plan, as of a day, for leaders, the office and evaluators. */
export function CockpitPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const plans = usePlans();
  const { selection, update } = useCockpitSelection(plans.data, user.regionCode);
  const params = { regionCode: selection.regionCode, planId: selection.planId, asOf: selection.asOf };
  // Wait for the plans: the default plan and day depend on them, and a first answer without them would be thrown away.
  const dashboard = useDashboard(params, plans.isSuccess);
  const [unit, setUnit] = useState<{ unitId: string; unitName: string }>();
  const data = dashboard.data;

  return (
    <div className="xk-cockpit">
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("驾驶舱")}
        </h1>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Breadcrumb
            aria-label={t("区划层级")}
            items={(data?.path ?? []).map((region, i, path) => ({
              key: region.regionCode,
              title:
                i < path.length - 1 ? (
                  <a
                    href={`?region=${region.regionCode}`}
                    onClick={(event) => {
                      event.preventDefault();
                      update({ region: region.regionCode, plan: null });
                    }}
                  >
                    {region.name}
                  </a>
                ) : (
                  <span aria-current="page">{region.name}</span>
                ),
            }))}
          />
          <Space>
            <label htmlFor="cockpit-plan">{t("所属规划")}</label>
            <Select
              id="cockpit-plan"
              style={{ width: 340 }}
              loading={plans.isPending}
              value={selection.planId ?? ALL_PLANS}
              onChange={(value: string) => update({ plan: value })}
              showSearch={{ optionFilterProp: "label" }}
              options={[
                { value: ALL_PLANS, label: t("全部规划") },
                ...selection.plansInRegion.map((plan) => ({ value: plan.id, label: `${plan.title}（${plan.periodStart}–${plan.periodEnd}）` })),
              ]}
            />
          </Space>
          <AsOfPicker
            id="cockpit-as-of"
            value={selection.asOfChosen}
            effective={selection.asOf}
            onChange={(day) => update({ asOf: day ?? null })}
            periodStart={selection.plan?.periodStart}
            periodEnd={selection.plan?.periodEnd}
          />
          {data && (
            <span>
              {data.regionName} <LightTag light={data.light} />
            </span>
          )}
        </Space>
      </Card>
      <ApiErrorAlert error={dashboard.error ?? plans.error} />
      {!data ? (
        dashboard.isFetching || plans.isPending ? <Spin /> : null
      ) : (
        <>
          <LightCounts counts={data.counts} label={t("任务状态统计")} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <UnitsCard data={data} onUnit={setUnit} />
            </Col>
            <Col xs={24} xl={12}>
              <ChaptersCard data={data} />
            </Col>
            <Col xs={24} xl={12}>
              <LightsTrendCard data={data} />
            </Col>
            <Col xs={24} xl={12}>
              <OverdueTrendCard data={data} />
            </Col>
            {data.indicators && (
              <Col xs={24} xl={12}>
                <IndicatorsCard indicators={data.indicators} />
              </Col>
            )}
            {data.children.length > 0 && (
              <Col xs={24} xl={12}>
                <RegionsCard data={data} onRegion={(regionCode) => update({ region: regionCode, plan: null })} />
              </Col>
            )}
          </Row>
        </>
      )}
      <UnitTasksDrawer unit={unit} params={params} onClose={() => setUnit(undefined)} />
    </div>
  );
}
