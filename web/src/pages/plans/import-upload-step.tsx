import { useEffect, useState } from "react";
import { Alert, Button, Select, Space, Spin, Typography, Upload } from "antd";
import { useTranslation } from "react-i18next";
import type { RegionDto } from "../../../../src/shared/api";
import { PLAN_FILE_EXTENSIONS, PLAN_FILE_MAX_BYTES } from "../../../../src/plans/plan-limits";
import { useSessionUser } from "../../auth/session";
import { useRegions } from "../settings/regions/regions-api";

interface Props {
  busy: boolean;
  onSubmit: (input: { file: File; regionCode: string }) => void;
}

const MAX_MB = PLAN_FILE_MAX_BYTES / 1024 / 1024;

function regionLabel(region: RegionDto, demoNote: string): string {
  return `${region.name}（${region.code}）${region.isDemo ? ` — ${demoNote}` : ""}`;
}

/** Step 1: choose the plan's region and the document; the formats and the size limit are stated up front. */
export function ImportUploadStep({ busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const regions = useRegions();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);

  // Plans belong to counties and cities mostly; default to the user's own region when it is listed.
  useEffect(() => {
    if (regionCode || !regions.data?.length) return;
    setRegionCode(regions.data.find((region) => region.code === user.regionCode && region.level !== "country")?.code);
  }, [regions.data, regionCode, user.regionCode]);

  const options = (regions.data ?? [])
    .filter((region) => region.level !== "country")
    .map((region) => ({ value: region.code, label: regionLabel(region, t("虚构的演示地区")) }));

  return (
    <Spin spinning={busy} description={t("正在解析文件…")}>
      <Space orientation="vertical" size="large" style={{ width: "100%", maxWidth: 720 }}>
        <div>
          <label htmlFor="plan-import-region" style={{ display: "block", marginBottom: 8, fontWeight: 500 }}>
            {t("规划所属行政区划")}
          </label>
          <Select
            id="plan-import-region"
            style={{ width: "100%" }}
            value={regionCode}
            onChange={setRegionCode}
            loading={regions.isPending}
            placeholder={t("请选择区划")}
            showSearch={{ optionFilterProp: "label" }}
            options={options}
          />
        </div>
        <div>
          <Upload.Dragger
            accept={PLAN_FILE_EXTENSIONS.join(",")}
            maxCount={1}
            beforeUpload={(selected) => {
              setTooLarge(selected.size > PLAN_FILE_MAX_BYTES);
              setFile(selected);
              return false;
            }}
            onRemove={() => {
              setFile(null);
              setTooLarge(false);
            }}
            fileList={file ? [{ uid: "plan", name: file.name, status: tooLarge ? "error" : "done" }] : []}
          >
            <p style={{ fontSize: 16, margin: "8px 0" }}>{t("点击或拖入规划文件")}</p>
            <Typography.Text type="secondary">
              {t("支持 {{formats}} 格式，单个文件不超过 {{size}} MB", { formats: PLAN_FILE_EXTENSIONS.join("、"), size: MAX_MB })}
            </Typography.Text>
          </Upload.Dragger>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t("旧版 .doc、.wps 和 PDF 文件请先在办公软件中另存为 .docx 或 .xlsx。")}
          </Typography.Paragraph>
        </div>
        {tooLarge && <Alert type="error" showIcon title={t("文件超过 {{size}} MB，无法导入", { size: MAX_MB })} />}
        <Button type="primary" disabled={!file || !regionCode || tooLarge} loading={busy} onClick={() => file && regionCode && onSubmit({ file, regionCode })}>
          {t("上传并解析")}
        </Button>
      </Space>
    </Spin>
  );
}
