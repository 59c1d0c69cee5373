import { lazy, Suspense, useMemo, useState } from "react";
import { Alert, Button, Card, Col, Descriptions, Row, Segmented, Space, Spin, Table, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePlans } from "../plans/plans-api";
import { useIndicatorAccess } from "./indicator-access";
import { IndicatorSeriesTable } from "./indicator-series-table";
import { formatNumber, formatTarget } from "./indicator-labels";
import { selectionSearch, useIndicatorSelection } from "./indicator-selection";
import { IndicatorSettingsModal } from "./indicator-settings-modal";
import { Coverage } from "./indicator-table";
import { AttributeTag, FigureStatus, FigureValue } from "./indicator-tags";
import { useIndicatorDetail, type Figure, type Indicator, type IndicatorValue } from "./indicators-api";
import { usePlanRegions } from "./plan-regions";
import { ValueEntryModal, type EntryTarget } from "./value-entry-modal";
import { ValuesTable } from "./values-table";

// ECharts is large: it loads with this page's chart only, not with the indicator list.
const IndicatorChart = lazy(() => import("./indicator-chart"));

/**
 * One indicator (/indicators/:id, with the list's plan, year, region and basis in the query): its definition,
 * the series against the target and 序时进度 as a chart or a table, the subregions' figures in the year, and
 * every value with its state and the actions the user's role allows.
 */
export function IndicatorDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const access = useIndicatorAccess();
  const [selection, select] = useIndicatorSelection();
  const basis = access.canReview ? selection.basis : "accepted";
  const detail = useIndicatorDetail(id, { regionCode: selection.regionCode, year: selection.year, basis });
  const indicator = detail.data && detail.data.id === id ? detail.data : undefined;
  const plans = usePlans();
  const plan = plans.data?.find((item) => item.id === indicator?.planId);
  const { regions, names } = usePlanRegions(plan ? { regionCode: plan.regionCode, regionName: plan.regionName } : undefined);
  const [view, setView] = useState<"chart" | "table">("chart");
  const [entry, setEntry] = useState<EntryTarget | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const indicatorsById = useMemo(() => new Map<string, Indicator>(indicator ? [[indicator.id, indicator]] : []), [indicator]);

  const regionCode = selection.regionCode ?? plan?.regionCode;
  const back = `/indicators${selectionSearch({ ...selection, planId: selection.planId ?? indicator?.planId }, ["tab"])}`;

  if (detail.isError && !indicator) {
    return (
      <>
        <Link to={back}>{t("← 返回指标列表")}</Link>
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t("指标不存在或无权查看")} />
      </>
    );
  }
  if (!indicator) return <Spin />;

  const current = indicator.series.find((figure) => figure.year === indicator.year);
  const canEnter = access.canEnter(indicator) && regions.some((region) => region.enterable);
  const regionName = names.get(regionCode ?? "") ?? regionCode ?? "";
  const hasChildren = (code: string) => regions.find((region) => region.code === code)?.hasChildren ?? false;

  const childColumns: TableColumnsType<Figure> = [
    {
      title: t("地区"),
      key: "region",
      render: (_v, figure) => (
        <Link to={`/indicators/${indicator.id}${selectionSearch({ ...selection, regionCode: figure.regionCode }, ["tab"])}`}>{figure.regionName ?? figure.regionCode}</Link>
      ),
    },
    { title: t("当前值"), key: "value", render: (_v, figure) => <FigureValue figure={figure} indicator={indicator} /> },
    { title: t("状态"), key: "status", render: (_v, figure) => <FigureStatus figure={figure} indicator={indicator} /> },
    { title: t("覆盖"), key: "coverage", render: (_v, figure) => <Coverage figure={figure} hasChildren={hasChildren(figure.regionCode)} names={names} /> },
  ];

  return (
    <>
      <Link to={back}>{t("← 返回指标列表")}</Link>
      <div className="xk-toolbar" style={{ marginTop: 12 }}>
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {indicator.no}. {indicator.name} <AttributeTag attribute={indicator.attribute} />
        </h1>
        <Space wrap>
          {canEnter && (
            <Button type="primary" onClick={() => setEntry({ indicator, regionCode, year: indicator.year })}>
              {t("填报数值")}
            </Button>
          )}
          {access.canReview && <Button onClick={() => setSettingsOpen(true)}>{t("指标设置")}</Button>}
        </Space>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t("指标定义")} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1} bordered className="xk-definition">
              <Descriptions.Item label={t("目标值")}>
                {formatTarget(indicator)}（{t("{{year}}年", { year: indicator.targetYear })}）
              </Descriptions.Item>
              <Descriptions.Item label={t("基期值")}>
                {indicator.baseline ? `${formatNumber(indicator.baseline.value, indicator)}（${t("{{year}}年", { year: indicator.baseline.year })}）` : t("未设定")}
              </Descriptions.Item>
              <Descriptions.Item label={t("责任单位")}>{indicator.responsibleUnit?.name ?? t("未指定")}</Descriptions.Item>
              <Descriptions.Item label={t("指标类型")}>{indicator.isRate ? t("比率（分子/分母）") : t("数量")}</Descriptions.Item>
              {indicator.isRate ? (
                <>
                  <Descriptions.Item label={t("分子")}>{indicator.definition.numerator ?? t("未设定")}</Descriptions.Item>
                  <Descriptions.Item label={t("分母")}>{indicator.definition.denominator ?? t("未设定")}</Descriptions.Item>
                  <Descriptions.Item label={t("计算方法")}>{t("分子 ÷ 分母 × 100%；上级地区为下级分子之和 ÷ 分母之和")}</Descriptions.Item>
                </>
              ) : (
                <>
                  <Descriptions.Item label={t("统计口径")}>{indicator.definition.numerator ?? t("未设定")}</Descriptions.Item>
                  <Descriptions.Item label={t("计算方法")}>{t("上级地区为下级数值之和")}</Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={t("历年走势（{{region}}）", { region: regionName })}
            style={{ marginBottom: 16 }}
            extra={
              <Segmented<"chart" | "table">
                aria-label={t("显示方式")}
                size="small"
                value={view}
                onChange={setView}
                options={[
                  { value: "chart", label: t("图表") },
                  { value: "table", label: t("表格") },
                ]}
              />
            }
          >
            {view === "chart" ? (
              <Suspense fallback={<Spin />}>
                <IndicatorChart indicator={indicator} series={indicator.series} />
              </Suspense>
            ) : (
              <IndicatorSeriesTable indicator={indicator} series={indicator.series} />
            )}
          </Card>
          {current && (
            <Card size="small" title={t("{{region}} {{year}} 年", { region: regionName, year: indicator.year })} style={{ marginBottom: 16 }}>
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t("当前值")}>
                  <FigureValue figure={current} indicator={indicator} />
                </Descriptions.Item>
                <Descriptions.Item label={t("序时进度")}>{formatNumber(current.status.expected, indicator)}</Descriptions.Item>
                <Descriptions.Item label={t("状态")}>
                  <FigureStatus figure={current} indicator={indicator} />
                </Descriptions.Item>
              </Descriptions>
            </Card>
          )}
        </Col>
      </Row>
      {indicator.children.length > 0 && (
        <Card size="small" title={t("下级地区（{{year}} 年）", { year: indicator.year })} style={{ marginBottom: 16 }}>
          <Table<Figure> rowKey="regionCode" size="small" columns={childColumns} dataSource={indicator.children} pagination={false} />
        </Card>
      )}
      <Card size="small" title={t("填报记录")}>
        <ValuesTable
          items={indicator.values}
          indicators={indicatorsById}
          canEnter={() => canEnter}
          canReview={access.canReview}
          onEdit={(value: IndicatorValue) => setEntry({ indicator, regionCode: value.regionCode, year: value.year })}
          emptyText={t("暂无填报记录")}
          pagination={indicator.values.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        />
      </Card>
      {plan && <ValueEntryModal target={entry} period={{ start: plan.periodStart, end: plan.periodEnd }} regions={regions} onClose={() => setEntry(null)} />}
      <IndicatorSettingsModal indicator={settingsOpen ? indicator : null} planRegionCode={plan?.regionCode} onClose={() => setSettingsOpen(false)} />
      {/* The year and region come from the list; changing them here means going back to it. */}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t("口径")}：{basis === "all" ? t("含未审核") : t("已审核")}
        {access.canReview && (
          <Button type="link" size="small" onClick={() => select({ basis: basis === "all" ? "accepted" : "all" })}>
            {basis === "all" ? t("只看已审核") : t("含未审核")}
          </Button>
        )}
      </Typography.Paragraph>
    </>
  );
}
