import { useEffect, useState } from "react";
import { Button, Select, Space, Table, Tag, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { UnitDto } from "../../../../../src/shared/api";
import { useCan, useSessionUser } from "../../../auth/session";
import { UNIT_KIND_LABELS } from "../labels";
import { useRegions } from "../regions/regions-api";
import { UnitFormModal } from "./unit-form-modal";
import { useUnits } from "./units-api";

type ModalState = { open: false } | { open: true; unit?: UnitDto };

/** 责任单位: units of one region with their aliases; edits carry the version (If-Match). */
export function UnitsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canWrite = useCan("unit.write");
  const regions = useRegions();
  const [regionCode, setRegionCode] = useState<string | undefined>(user.regionCode);
  const units = useUnits(regionCode);
  const [modal, setModal] = useState<ModalState>({ open: false });
  // After a 412 the list is refetched; editing the fresh row lets the user retry on the current version.
  const editing = modal.open && modal.unit ? (units.data?.find((unit) => unit.id === modal.unit?.id) ?? modal.unit) : undefined;

  // Fall back to the first visible region if the user's own region is not in the list.
  useEffect(() => {
    const items = regions.data;
    if (items && items.length > 0 && !items.some((region) => region.code === regionCode)) setRegionCode(items[0].code);
  }, [regions.data, regionCode]);

  const columns: TableColumnsType<UnitDto> = [
    { title: t("单位名称"), dataIndex: "name", key: "name" },
    { title: t("单位类型"), dataIndex: "kind", key: "kind", render: (kind: UnitDto["kind"]) => t(UNIT_KIND_LABELS[kind]) },
    {
      title: t("别名"),
      dataIndex: "aliases",
      key: "aliases",
      render: (aliases: string[]) => (
        <Space size={[4, 4]} wrap>
          {aliases.map((alias) => (
            <Tag key={alias}>{alias}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t("状态"),
      dataIndex: "active",
      key: "active",
      render: (active: boolean) => (active ? <Tag color="green">{t("启用")}</Tag> : <Tag>{t("停用")}</Tag>),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t("操作"),
      key: "actions",
      render: (_value, unit) => (
        <Button type="link" onClick={() => setModal({ open: true, unit })} aria-label={`${t("编辑")} ${unit.name}`}>
          {t("编辑")}
        </Button>
      ),
    });
  }

  return (
    <>
      <div className="xk-toolbar">
        <h1 className="xk-page-title" style={{ margin: 0 }}>
          {t("责任单位")}
        </h1>
        <Space wrap>
          <label htmlFor="units-region-filter">{t("行政区划")}</label>
          <Select
            id="units-region-filter"
            style={{ minWidth: 220 }}
            value={regionCode}
            loading={regions.isPending}
            onChange={setRegionCode}
            showSearch={{ optionFilterProp: "label" }}
            options={(regions.data ?? []).map((region) => ({ value: region.code, label: `${region.name}（${region.code}）` }))}
          />
          {canWrite && (
            <Button type="primary" onClick={() => setModal({ open: true })} disabled={!regionCode}>
              {t("新建单位")}
            </Button>
          )}
        </Space>
      </div>
      <Table<UnitDto> rowKey="id" columns={columns} dataSource={units.data ?? []} loading={units.isFetching} />
      <UnitFormModal
        open={modal.open}
        unit={editing}
        regionCode={regionCode}
        regions={regions.data ?? []}
        onClose={() => setModal({ open: false })}
      />
    </>
  );
}
