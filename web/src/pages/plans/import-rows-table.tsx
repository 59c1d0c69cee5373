import { Input, Select, Space, Table, Tag, Tooltip, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { EditableRow } from "./import-state";
import { warningTag } from "./plans-i18n";

interface Props {
  rows: EditableRow[];
  onChange: (index: number, patch: Partial<EditableRow>) => void;
}

/** Step 2: every cell of the parsed table is editable; row warnings are tags with the parser's words on hover. */
export function ImportRowsTable({ rows, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const indexed = rows.map((row, index) => ({ ...row, index }));
  const columns: TableColumnsType<EditableRow & { index: number }> = [
    { title: t("序号"), dataIndex: "no", key: "no", width: 64, fixed: "left" },
    {
      title: t("任务内容"),
      key: "content",
      render: (_value, row) => (
        <Input.TextArea
          aria-label={`${t("任务内容")} ${row.no}`}
          value={row.content}
          autoSize={{ minRows: 1, maxRows: 6 }}
          status={row.content.trim() === "" ? "error" : undefined}
          onChange={(event) => onChange(row.index, { content: event.target.value })}
        />
      ),
    },
    {
      title: t("牵头单位"),
      key: "lead",
      width: 160,
      render: (_value, row) => (
        <Input aria-label={`${t("牵头单位")} ${row.no}`} value={row.lead ?? ""} onChange={(event) => onChange(row.index, { lead: event.target.value })} />
      ),
    },
    {
      title: t("配合单位"),
      key: "partners",
      width: 240,
      render: (_value, row) => (
        <Select
          aria-label={`${t("配合单位")} ${row.no}`}
          mode="tags"
          style={{ width: "100%" }}
          value={row.partners}
          tokenSeparators={["、", "，", ","]}
          onChange={(partners: string[]) => onChange(row.index, { partners })}
          open={false}
          suffixIcon={null}
        />
      ),
    },
    {
      title: t("时间要求"),
      key: "scheduleRaw",
      width: 180,
      render: (_value, row) => (
        <Input.TextArea
          aria-label={`${t("时间要求")} ${row.no}`}
          value={row.scheduleRaw ?? ""}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(event) => onChange(row.index, { scheduleRaw: event.target.value })}
        />
      ),
    },
    {
      title: t("节点数"),
      key: "milestones",
      width: 72,
      align: "right",
      render: (_value, row) => (
        <Tooltip title={row.milestones.slice(0, 6).map((m) => `${m.due} ${m.label}`).join("；") || t("无")}>
          <span>{row.milestones.length}</span>
        </Tooltip>
      ),
    },
    {
      title: t("提示"),
      key: "warnings",
      width: 160,
      render: (_value, row) => (
        <Space size={[4, 4]} wrap>
          {row.warnings.map((warning, index) => {
            const tag = warningTag(warning.code);
            return (
              <Tooltip key={`${warning.code}-${index}`} title={i18n.language === "en" ? warning.messageEn : warning.message}>
                <Tag color={tag.color}>{t(tag.label)}</Tag>
              </Tooltip>
            );
          })}
        </Space>
      ),
    },
  ];
  return (
    <Table
      rowKey="no"
      size="small"
      columns={columns}
      dataSource={indexed}
      pagination={false}
      scroll={{ x: 1100, y: 560 }}
      aria-label={t("任务分工表预览")}
    />
  );
}
