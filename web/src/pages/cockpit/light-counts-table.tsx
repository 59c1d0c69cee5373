import { Button, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { LightCounts } from "../supervision/supervision-api";
import { LIGHT_LABELS, LIGHT_ORDER } from "../supervision/supervision-labels";

export interface CountsRow {
  key: string;
  label: string;
  counts: LightCounts;
}

interface Props {
  rows: CountsRow[];
  labelTitle: string;
  /** Drill-down: the label becomes a button opening the row (the same as clicking its bar). */
  onOpen?: (key: string) => void;
  openLabel?: (label: string) => string;
}

/** The table alternative of a stacked-lights chart: one row per bar, one column per light. */
export function LightCountsTable({ rows, labelTitle, onOpen, openLabel }: Props) {
  const { t } = useTranslation();
  const pageSize = 8;
  const columns: TableColumnsType<CountsRow> = [
    {
      title: labelTitle,
      key: "label",
      ellipsis: true,
      render: (_v, row) =>
        onOpen ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(row.key)} aria-label={openLabel?.(row.label)}>
            {row.label}
          </Button>
        ) : (
          row.label
        ),
    },
    ...LIGHT_ORDER.map((light) => ({ title: t(LIGHT_LABELS[light]), key: light, width: 64, align: "right" as const, render: (_v: unknown, row: CountsRow) => row.counts[light] })),
    { title: t("合计"), key: "total", width: 64, align: "right", render: (_v, row) => row.counts.total },
  ];
  return <Table<CountsRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={rows.length > pageSize ? { pageSize, size: "small", showSizeChanger: false } : false} />;
}
