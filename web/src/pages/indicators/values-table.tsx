import { useState } from "react";
import { App, Button, Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from "antd";
import { useTranslation } from "react-i18next";
import { reportError } from "../../api/error-reporter";
import { useValueActions, type Indicator, type IndicatorValue } from "./indicators-api";
import { formatNumber } from "./indicator-labels";
import { ValueStateTag } from "./indicator-tags";
import { ReturnValueModal } from "./return-modal";

interface Props {
  items: IndicatorValue[];
  indicators: ReadonlyMap<string, Indicator>;
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  /** Show the indicator column (lists across indicators). */
  showIndicator?: boolean;
  /** Whether the user may edit and submit this value (its indicator's unit, the office). */
  canEnter?: (value: IndicatorValue) => boolean;
  canReview?: boolean;
  onEdit?: (value: IndicatorValue) => void;
  emptyText: string;
}

/** A figure as entered: the per cent with its numerator/denominator for rates, the value for counts. */
export function EnteredFigure({ value, indicator }: { value: IndicatorValue; indicator: Indicator | undefined }) {
  if (!indicator) return <span>{value.value ?? "—"}</span>;
  if (indicator.isRate) {
    return (
      <span>
        {formatNumber(value.value, indicator)}
        <Typography.Text type="secondary" className="xk-figure-fraction">
          （{value.numerator ?? "—"}/{value.denominator ?? "—"}）
        </Typography.Text>
      </span>
    );
  }
  return <span>{formatNumber(value.value, indicator)}</span>;
}

/**
 * Indicator values with their states and, by role, the actions: edit and submit a draft or returned value;
 * accept or return a submitted one (an accepted figure can still be returned: statistics get revised).
 */
export function ValuesTable({ items, indicators, loading, pagination, showIndicator, canEnter, canReview, onEdit, emptyText }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const actions = useValueActions();
  const [returning, setReturning] = useState<IndicatorValue | null>(null);
  const label = (value: IndicatorValue) => {
    const indicator = indicators.get(value.indicatorId);
    return `${value.regionName ?? value.regionCode} ${value.year} ${indicator ? `${indicator.no} ${indicator.name}` : ""}`.trim();
  };

  const columns: TableColumnsType<IndicatorValue> = [
    ...(showIndicator
      ? [
          {
            title: t("指标"),
            key: "indicator",
            render: (_v: unknown, value: IndicatorValue) => {
              const indicator = indicators.get(value.indicatorId);
              return indicator ? `${indicator.no}. ${indicator.name}` : "—";
            },
          },
        ]
      : []),
    { title: t("地区"), key: "region", width: 100, render: (_v, value) => value.regionName ?? value.regionCode },
    { title: t("年度"), dataIndex: "year", key: "year", width: 70 },
    { title: t("数值"), key: "value", width: 170, render: (_v, value) => <EnteredFigure value={value} indicator={indicators.get(value.indicatorId)} /> },
    {
      title: t("状态"),
      key: "state",
      width: 160,
      render: (_v, value) => (
        <Space orientation="vertical" size={2}>
          <ValueStateTag state={value.state} />
          {value.state === "returned" && value.returnReason && (
            <Typography.Text type="danger" className="xk-return-reason">
              {t("退回原因")}：{value.returnReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t("备注"), dataIndex: "note", key: "note", width: 160, ellipsis: true, render: (note: string) => note || "—" },
    { title: t("提交时间"), key: "submittedAt", width: 110, render: (_v, value) => value.submittedAt?.slice(0, 10) ?? "—" },
  ];

  const withActions = Boolean(canReview || canEnter);
  if (withActions) {
    columns.push({
      title: t("操作"),
      key: "actions",
      width: 150,
      render: (_v, value) => {
        const entering = canEnter?.(value) && (value.state === "draft" || value.state === "returned");
        return (
          <Space size={0} wrap>
            {entering && (
              <>
                <Button type="link" size="small" onClick={() => onEdit?.(value)} aria-label={`${t("修改")} ${label(value)}`}>
                  {t("修改")}
                </Button>
                <Button
                  type="link"
                  size="small"
                  loading={actions.submit.isPending && actions.submit.variables?.id === value.id}
                  onClick={() =>
                    void actions.submit
                      .mutateAsync(value)
                      .then(() => message.success(t("已提交，等待残工委办公室审核")))
                      .catch(reportError)
                  }
                  aria-label={`${t("提交")} ${label(value)}`}
                >
                  {t("提交")}
                </Button>
              </>
            )}
            {canReview && value.state === "submitted" && (
              <Button
                type="link"
                size="small"
                loading={actions.accept.isPending && actions.accept.variables?.id === value.id}
                onClick={() =>
                  void actions.accept
                    .mutateAsync(value)
                    .then(() => message.success(t("已通过")))
                    .catch(() => {})
                }
                aria-label={`${t("通过")} ${label(value)}`}
              >
                {t("通过")}
              </Button>
            )}
            {canReview && (value.state === "submitted" || value.state === "accepted") && (
              <Button type="link" size="small" danger onClick={() => setReturning(value)} aria-label={`${t("退回")} ${label(value)}`}>
                {t("退回")}
              </Button>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <>
      <Table<IndicatorValue>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={pagination ?? false}
        locale={{ emptyText }}
      />
      <ReturnValueModal value={returning} label={returning ? label(returning) : ""} onClose={() => setReturning(null)} />
    </>
  );
}
