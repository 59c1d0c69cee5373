import type { HTMLAttributes } from "react";
import { Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Figure, Indicator, IndicatorRow } from "./indicators-api";
import { formatNumber, formatTarget } from "./indicator-labels";
import { AttributeTag, FigureStatus, FigureValue } from "./indicator-tags";

/** Which subregions a figure counts and which are missing, with the names spelled out. */
export function Coverage({ figure, hasChildren, names }: { figure: Figure; hasChildren: boolean; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const name = (code: string) => names.get(code) ?? code;
  if (figure.source === "entered") return <Typography.Text type="secondary">{t("本级填报")}</Typography.Text>;
  if (!hasChildren) return <span>—</span>;
  if (figure.source === "none") return <Typography.Text type="secondary">{t("下级均未报送")}</Typography.Text>;
  if (figure.coverage.complete) return <Tag color="green">{t("下级已全部报送")}</Tag>;
  const missing = figure.coverage.missing.map(name);
  const shown = missing.slice(0, 3).join("、");
  const all = missing.join("、");
  return (
    <Tooltip title={`${t("未报送")}：${all}`} trigger={["hover", "focus"]}>
      <span tabIndex={0} className="xk-coverage" data-missing={all}>
        <span className="xk-coverage-gap">{t("已报 {{reporting}}，缺 {{missing}}", { reporting: figure.coverage.reporting.length, missing: missing.length })}</span>
        <br />
        <Typography.Text type="secondary" className="xk-coverage-names">
          {missing.length > 3 ? t("{{names}} 等", { names: shown }) : shown}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}

interface Props {
  rows: IndicatorRow[];
  loading: boolean;
  detailHref: (row: IndicatorRow) => string;
  regionHasChildren: boolean;
  names: ReadonlyMap<string, string>;
  canEnter: (indicator: Indicator) => boolean;
  canReview: boolean;
  onEnter: (row: IndicatorRow) => void;
  onSettings: (row: IndicatorRow) => void;
  emptyText: string;
}

/** The plan's indicators at one region and year: target, baseline, current figure, 序时进度, status and coverage. */
export function IndicatorTable({ rows, loading, detailHref, regionHasChildren, names, canEnter, canReview, onEnter, onSettings, emptyText }: Props) {
  const { t } = useTranslation();
  const withActions = canReview || rows.some(canEnter);
  const columns: TableColumnsType<IndicatorRow> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 56 },
    {
      title: t("指标名称"),
      key: "name",
      render: (_v, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={detailHref(row)}>{row.name}</Link>
          <Typography.Text type="secondary" className="xk-unit-name">
            {row.responsibleUnit ? row.responsibleUnit.name : t("未指定责任单位")}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t("属性"), key: "attribute", width: 76, render: (_v, row) => <AttributeTag attribute={row.attribute} /> },
    {
      title: t("目标值"),
      key: "target",
      width: 100,
      render: (_v, row) => (
        <Space orientation="vertical" size={0}>
          <span>{formatTarget(row)}</span>
          <Typography.Text type="secondary">{t("{{year}}年", { year: row.targetYear })}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t("基期值"),
      key: "baseline",
      width: 90,
      render: (_v, row) =>
        row.baseline ? (
          <Space orientation="vertical" size={0}>
            <span>{formatNumber(row.baseline.value, row)}</span>
            <Typography.Text type="secondary">{t("{{year}}年", { year: row.baseline.year })}</Typography.Text>
          </Space>
        ) : (
          "—"
        ),
    },
    { title: t("当前值"), key: "value", width: 150, render: (_v, row) => <FigureValue figure={row.figure} indicator={row} /> },
    { title: t("序时进度"), key: "expected", width: 84, render: (_v, row) => formatNumber(row.figure.status.expected, row) },
    { title: t("状态"), key: "status", width: 150, render: (_v, row) => <FigureStatus figure={row.figure} indicator={row} /> },
    { title: t("覆盖"), key: "coverage", width: 150, render: (_v, row) => <Coverage figure={row.figure} hasChildren={regionHasChildren} names={names} /> },
  ];
  if (withActions) {
    columns.push({
      title: t("操作"),
      key: "actions",
      width: 70,
      render: (_v, row) => (
        <Space orientation="vertical" size={0}>
          {canEnter(row) && (
            <Button type="link" size="small" onClick={() => onEnter(row)} aria-label={`${t("填报")} ${row.no} ${row.name}`}>
              {t("填报")}
            </Button>
          )}
          {canReview && (
            <Button type="link" size="small" onClick={() => onSettings(row)} aria-label={`${t("设置")} ${row.no} ${row.name}`}>
              {t("设置")}
            </Button>
          )}
        </Space>
      ),
    });
  }
  return (
    <Table<IndicatorRow>
      rowKey="id"
      size="small"
      className="xk-indicator-table"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      // Rows carry the subregions' figures in `children`: not tree data.
      expandable={{ childrenColumnName: "subregionRows" }}
      rowClassName={(row) => `xk-indicator-row xk-indicator-light-${row.figure.status.light}`}
      onRow={(row) => ({ "data-indicator": row.no }) as HTMLAttributes<HTMLElement>}
    />
  );
}
