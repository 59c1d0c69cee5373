import type { ReactNode } from "react";
import { Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { LightCounts } from "../supervision/supervision-api";
import { LIGHT_LABELS, LIGHT_ORDER } from "../supervision/supervision-labels";

export interface CountsRow {
  key: string;
  label: ReactNode;
  counts: LightCounts;
}

/** The table alternative of a stacked-lights chart: one row per bar, one column per light. */
export function LightCountsTable({ rows, labelTitle, extraColumns = [], pageSize = 8 }: { rows: CountsRow[]; labelTitle: string; extraColumns?: TableColumnsType<CountsRow>; pageSize?: number }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CountsRow> = [
    { title: labelTitle, dataIndex: "label", key: "label", ellipsis: true },
    ...LIGHT_ORDER.map((light) => ({ title: t(LIGHT_LABELS[light]), key: light, width: 64, align: "right" as const, render: (_v: unknown, row: CountsRow) => row.counts[light] })),
    { title: t("合计"), key: "total", width: 64, align: "right", render: (_v, row) => row.counts.total },
    ...extraColumns,
  ];
  return <Table<CountsRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={rows.length > pageSize ? { pageSize, size: "small", showSizeChanger: false } : false} />;
}
