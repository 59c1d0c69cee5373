import { useMemo, useState } from "react";
import { Button, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { RegionDto } from "../../../../../src/shared/api";
import { useCan } from "../../../auth/session";
import { REGION_LEVEL_LABELS } from "../labels";
import { RegionFormModal } from "./region-form-modal";
import { buildRegionTree, type RegionNode } from "./region-tree";
import { useRegions } from "./regions-api";

type ModalState = { open: false } | { open: true; region?: RegionDto };

/** 行政区划: the region tree with create and edit. */
export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useRegions();
  const canWrite = useCan("region.write");
  const [modal, setModal] = useState<ModalState>({ open: false });
  const items = useMemo(() => regions.data ?? [], [regions.data]);
  const tree = useMemo(() => buildRegionTree(items), [items]);
  const nameByCode = useMemo(() => new Map(items.map((region) => [region.code, region.name])), [items]);

  const columns: TableColumnsType<RegionNode> = [
    { title: t("名称"), dataIndex: "name", key: "name" },
    { title: t("区划代码"), dataIndex: "code", key: "code" },
    { title: t("级别"), dataIndex: "level", key: "level", render: (level: RegionDto["level"]) => t(REGION_LEVEL_LABELS[level]) },
    {
      title: t("上级区划"),
      dataIndex: "parentCode",
      key: "parentCode",
      render: (code: string | null) => (code ? (nameByCode.get(code) ?? code) : "—"),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t("操作"),
      key: "actions",
      render: (_value, region) => (
        <Button type="link" onClick={() => setModal({ open: true, region })} aria-label={`${t("编辑")} ${region.name}`}>
          {t("编辑")}
        </Button>
      ),
    });
  }

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("行政区划")}
        </h1>
        {canWrite && (
          <Button type="primary" onClick={() => setModal({ open: true })}>
            {t("新建区划")}
          </Button>
        )}
      </div>
      <Table<RegionNode>
        // Remount once loaded so that defaultExpandAllRows applies to the real data.
        key={regions.isPending ? "loading" : "ready"}
        rowKey="code"
        columns={columns}
        dataSource={tree}
        loading={regions.isPending}
        pagination={false}
        expandable={{ defaultExpandAllRows: tree.length < 5 }}
      />
      <RegionFormModal
        open={modal.open}
        region={modal.open ? modal.region : undefined}
        regions={items}
        onClose={() => setModal({ open: false })}
      />
    </>
  );
}
