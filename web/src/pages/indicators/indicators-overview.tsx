import { useEffect, useMemo, useState } from "react";
import { Alert, Card, Segmented, Select, Space, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { PlanSummaryDto } from "../../../../src/plans/plan.schemas";
import { usePlans } from "../plans/plans-api";
import { useIndicatorAccess } from "./indicator-access";
import { selectionSearch, useIndicatorSelection, type IndicatorSelection } from "./indicator-selection";
import { IndicatorSettingsModal } from "./indicator-settings-modal";
import { IndicatorTable } from "./indicator-table";
import { IndicatorLightTag } from "./indicator-tags";
import { useIndicatorValues, usePlanIndicators, type Basis, type Indicator, type IndicatorLight, type IndicatorValue, type PlanIndicators } from "./indicators-api";
import { usePlanRegions, type PlanRegion } from "./plan-regions";
import { ValueEntryModal, type EntryTarget } from "./value-entry-modal";
import { ValuesTable } from "./values-table";

const PAGE = 20;
const LIGHTS: IndicatorLight[] = ["red", "yellow", "green", "grey"];

/** The years a user can look at: those with values and every year of the plan period, newest first. */
function yearOptions(plan: PlanSummaryDto | undefined, years: readonly number[] | undefined): number[] {
  const all = new Set(years ?? []);
  if (plan) for (let y = plan.periodStart; y <= plan.periodEnd; y++) all.add(y);
  return [...all].sort((a, b) => b - a);
}

/** The plan, year and region pickers and the office's basis switch; every choice goes to the URL. */
function Pickers({
  plans,
  plan,
  data,
  regions,
  selection,
  select,
  showBasis,
}: {
  plans: PlanSummaryDto[] | undefined;
  plan: PlanSummaryDto | undefined;
  data: PlanIndicators | undefined;
  regions: PlanRegion[];
  selection: IndicatorSelection;
  select: ReturnType<typeof useIndicatorSelection>[1];
  showBasis: boolean;
}) {
  const { t } = useTranslation();
  const depth = new Map(regions.map((region) => [region.code, region.depth]));
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap size="large">
        <Space wrap>
          <label htmlFor="indicators-plan">{t("所属规划")}</label>
          <Select
            id="indicators-plan"
            style={{ width: 380 }}
            value={plan?.id}
            loading={!plans}
            placeholder={t("请选择规划")}
            showSearch={{ optionFilterProp: "label" }}
            onChange={(planId: string) => select({ planId, year: undefined, regionCode: undefined })}
            options={(plans ?? []).map((item) => ({ value: item.id, label: `${item.title}（${item.periodStart}–${item.periodEnd}）` }))}
          />
        </Space>
        <Space wrap>
          <label htmlFor="indicators-year">{t("年度")}</label>
          <Select
            id="indicators-year"
            style={{ width: 150 }}
            value={selection.year ?? data?.year}
            disabled={!plan}
            onChange={(year: number) => select({ year })}
            options={yearOptions(plan, data?.years).map((year) => ({ value: year, label: t("{{year}}年", { year }) }))}
            optionRender={(option) =>
              data?.years.includes(Number(option.value)) ? option.label : t("{{year}}年（无数据）", { year: Number(option.value) })
            }
          />
        </Space>
        <Space wrap>
          <label htmlFor="indicators-region">{t("地区")}</label>
          <Select
            id="indicators-region"
            style={{ width: 200 }}
            value={selection.regionCode ?? plan?.regionCode}
            disabled={!plan}
            showSearch={{ optionFilterProp: "label" }}
            onChange={(regionCode: string) => select({ regionCode: regionCode === plan?.regionCode ? undefined : regionCode })}
            options={regions.map((region) => ({ value: region.code, label: region.name }))}
            optionRender={(option) => <span style={{ paddingInlineStart: (depth.get(String(option.value)) ?? 0) * 16 }}>{option.label}</span>}
          />
        </Space>
        {showBasis && (
          <Space wrap>
            <span id="indicators-basis-label">{t("统计口径")}</span>
            <Segmented<Basis>
              aria-labelledby="indicators-basis-label"
              value={selection.basis}
              onChange={(basis) => select({ basis })}
              options={[
                { value: "accepted", label: t("已审核") },
                { value: "all", label: t("含未审核") },
              ]}
            />
          </Space>
        )}
      </Space>
    </Card>
  );
}

/** How many indicators show each light, in words and colour. */
function LightSummary({ rows }: { rows: PlanIndicators["items"] }) {
  const { t } = useTranslation();
  return (
    <Space wrap size="small" aria-label={t("状态统计")} role="group">
      {LIGHTS.map((light) => {
        const n = rows.filter((row) => row.figure.status.light === light).length;
        return (
          <span key={light} data-testid={`count-${light}`}>
            <IndicatorLightTag light={light} /> {t("{{n}} 项", { n })}
          </span>
        );
      })}
    </Space>
  );
}

/**
 * 指标: a plan's indicators at a region and year (the office, liaisons and leaders), the values a unit enters
 * and submits, and the office's review queue. Plan, year, region, basis and tab are in the URL.
 */
export function IndicatorsOverview() {
  const { t } = useTranslation();
  const access = useIndicatorAccess();
  const plans = usePlans();
  const [selection, select] = useIndicatorSelection();
  const plan = plans.data?.find((item) => item.id === selection.planId);
  const basis: Basis = access.canReview ? selection.basis : "accepted";
  const list = usePlanIndicators(plan?.id, { year: selection.year, regionCode: selection.regionCode, basis });
  const data = list.data && list.data.planId === plan?.id ? list.data : undefined;
  const { regions, names } = usePlanRegions(plan ? { regionCode: plan.regionCode, regionName: plan.regionName } : undefined);
  const [entry, setEntry] = useState<EntryTarget | null>(null);
  const [settings, setSettings] = useState<Indicator | null>(null);

  // Start on the first plan, so that a bare /indicators shows something.
  useEffect(() => {
    if (!selection.planId && plans.data && plans.data.length > 0) select({ planId: plans.data[0].id }, { replace: true });
  }, [plans.data, selection.planId, select]);

  const indicators = useMemo(() => new Map<string, Indicator>((data?.items ?? []).map((item) => [item.id, item])), [data]);
  const rows = (data?.items ?? []).filter(access.shows);
  const effective: IndicatorSelection = { ...selection, planId: plan?.id, year: selection.year ?? data?.year, regionCode: selection.regionCode ?? data?.regionCode };
  const detailHref = (row: Indicator) => `/indicators/${row.id}${selectionSearch(effective, ["tab"])}`;
  const hasEnterableRegion = regions.some((region) => region.enterable);
  const canEnter = (indicator: Indicator) => hasEnterableRegion && access.canEnter(indicator);
  const openEntry = (indicator: Indicator, regionCode?: string, year?: number) =>
    setEntry({ indicator, regionCode: regionCode ?? effective.regionCode, year: year ?? effective.year });

  const waiting = useIndicatorValues({ planId: plan?.id, state: "submitted", limit: 1 }, Boolean(plan && access.canReview));

  if (plans.data && plans.data.length === 0) {
    return (
      <>
        <h1 className="xk-page-title">{t("指标")}</h1>
        <Alert type="info" showIcon title={t("暂无可查看的规划")} />
      </>
    );
  }
  if (plans.data && selection.planId && !plan) {
    return (
      <>
        <h1 className="xk-page-title">{t("指标")}</h1>
        <Alert type="warning" showIcon title={t("规划不存在或无权查看")} />
      </>
    );
  }

  const regionName = data?.regionName ?? names.get(effective.regionCode ?? "") ?? "";
  const monitor = (
    <>
      {access.ownUnitOnly && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("仅显示本单位（{{unit}}）负责的指标。", { unit: access.unitName ?? "" })} />}
      <div className="xk-toolbar" style={{ marginBottom: 8 }}>
        <Typography.Title level={2} className="xk-section-title" style={{ margin: 0 }}>
          {data
            ? t("{{region}} {{year}} 年指标监测", { region: regionName, year: data.year })
            : t("指标监测")}
          {data && basis === "all" && <Typography.Text type="warning"> {t("（含未审核数据）")}</Typography.Text>}
        </Typography.Title>
        {data && <LightSummary rows={rows} />}
      </div>
      <IndicatorTable
        rows={rows}
        loading={list.isFetching}
        detailHref={detailHref}
        regionHasChildren={(data?.items[0]?.children.length ?? 0) > 0}
        names={names}
        canEnter={canEnter}
        canReview={access.canReview}
        onEnter={(row) => openEntry(row)}
        onSettings={(row) => setSettings(row)}
        emptyText={access.ownUnitOnly ? t("本单位暂无负责的指标") : t("该规划没有指标表")}
      />
    </>
  );

  const tabs = [
    { key: "monitor", label: t("指标监测"), children: monitor },
    ...(access.mayEnter
      ? [
          {
            key: "entry",
            label: t("数据填报"),
            children: <EntryTab planId={plan?.id} indicators={indicators} canEnter={canEnter} onEdit={(value) => { const indicator = indicators.get(value.indicatorId); if (indicator) openEntry(indicator, value.regionCode, value.year); }} />,
          },
        ]
      : []),
    ...(access.canReview
      ? [
          {
            key: "review",
            label: waiting.data?.total ? t("待审核（{{n}}）", { n: waiting.data.total }) : t("待审核"),
            children: <ReviewTab planId={plan?.id} indicators={indicators} />,
          },
        ]
      : []),
  ];
  const activeTab = tabs.some((tab) => tab.key === selection.tab) ? (selection.tab as string) : "monitor";

  return (
    <>
      <h1 className="xk-page-title">{t("指标")}</h1>
      <Pickers plans={plans.data} plan={plan} data={data} regions={regions} selection={selection} select={select} showBasis={access.canReview} />
      {tabs.length > 1 ? (
        <Tabs items={tabs} activeKey={activeTab} onChange={(tab) => select({ tab: tab === "monitor" ? undefined : tab }, { replace: true })} destroyOnHidden />
      ) : (
        monitor
      )}
      {plan && <ValueEntryModal target={entry} period={{ start: plan.periodStart, end: plan.periodEnd }} regions={regions} onClose={() => setEntry(null)} />}
      <IndicatorSettingsModal indicator={settings && (indicators.get(settings.id) ?? settings)} planRegionCode={plan?.regionCode} onClose={() => setSettings(null)} />
    </>
  );
}

const STATE_FILTERS = [
  { value: "", label: "全部" },
  { value: "returned", label: "已退回" },
  { value: "draft", label: "草稿" },
  { value: "submitted", label: "待审核" },
  { value: "accepted", label: "已通过" },
] as const;

/** 数据填报: the values of the plan the user may see, returned ones flagged with their reason, to edit and submit. */
function EntryTab({ planId, indicators, canEnter, onEdit }: { planId?: string; indicators: ReadonlyMap<string, Indicator>; canEnter: (indicator: Indicator) => boolean; onEdit: (value: IndicatorValue) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<(typeof STATE_FILTERS)[number]["value"]>("");
  const [page, setPage] = useState(1);
  const values = useIndicatorValues({ planId, state: state || undefined, limit: PAGE, offset: (page - 1) * PAGE }, Boolean(planId));
  const returned = useIndicatorValues({ planId, state: "returned", limit: 1 }, Boolean(planId));
  const mayEnter = (value: IndicatorValue) => {
    const indicator = indicators.get(value.indicatorId);
    return indicator ? canEnter(indicator) : false;
  };
  return (
    <>
      {(returned.data?.total ?? 0) > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t("有 {{n}} 条数值被退回，请按退回原因修改后重新提交。", { n: returned.data?.total })}
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor="indicator-values-state">{t("状态筛选")}</label>
        <Select
          id="indicator-values-state"
          style={{ width: 140 }}
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          options={STATE_FILTERS.map((option) => ({ value: option.value, label: t(option.label) }))}
        />
        <Typography.Text type="secondary">{t("在“指标监测”中点击“填报”录入新数值。")}</Typography.Text>
      </Space>
      <ValuesTable
        items={values.data?.items ?? []}
        indicators={indicators}
        loading={values.isFetching}
        showIndicator
        canEnter={mayEnter}
        onEdit={onEdit}
        emptyText={t("暂无填报记录")}
        pagination={{ current: page, pageSize: PAGE, total: values.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </>
  );
}

/** 待审核: submitted values, oldest submission first, to accept or return with a reason. */
function ReviewTab({ planId, indicators }: { planId?: string; indicators: ReadonlyMap<string, Indicator> }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const values = useIndicatorValues({ planId, state: "submitted", limit: PAGE, offset: (page - 1) * PAGE }, Boolean(planId));
  return (
    <ValuesTable
      items={values.data?.items ?? []}
      indicators={indicators}
      loading={values.isFetching}
      showIndicator
      canReview
      emptyText={t("暂无待审核的数值")}
      pagination={{ current: page, pageSize: PAGE, total: values.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
    />
  );
}
