import type { ReactNode } from "react";
import { Input, InputNumber, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { PlanSettingsDto, ReportingCycle } from "../../../../src/plans/plan.schemas";
import { REPORTING_CYCLE_LABELS } from "./plans-i18n";

interface Props {
  value: PlanSettingsDto;
  onChange: (value: PlanSettingsDto) => void;
}

/** The plan's title, period, reporting cycle for ongoing tasks and warning window, as proposed by the document. */
export function ImportSettingsForm({ value, onChange }: Props) {
  const { t } = useTranslation();
  const field = (label: string, id: string, control: ReactNode) => (
    <div>
      <label htmlFor={id} style={{ display: "block", marginBottom: 4 }}>
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <Space wrap size="large" align="start">
      {field(
        t("规划名称"),
        "plan-title",
        <Input id="plan-title" style={{ width: 420 }} value={value.title} status={value.title.trim() ? undefined : "error"} onChange={(event) => onChange({ ...value, title: event.target.value })} />,
      )}
      {field(
        t("规划期开始"),
        "plan-period-start",
        <InputNumber id="plan-period-start" min={1949} max={2100} value={value.periodStart} onChange={(year) => year && onChange({ ...value, periodStart: year })} />,
      )}
      {field(
        t("规划期结束"),
        "plan-period-end",
        <InputNumber id="plan-period-end" min={1949} max={2100} value={value.periodEnd} onChange={(year) => year && onChange({ ...value, periodEnd: year })} />,
      )}
      {field(
        t("报告周期"),
        "plan-cycle",
        <Select
          id="plan-cycle"
          style={{ width: 140 }}
          value={value.reportingCycle}
          options={(Object.keys(REPORTING_CYCLE_LABELS) as ReportingCycle[]).map((cycle) => ({ value: cycle, label: t(REPORTING_CYCLE_LABELS[cycle]) }))}
          onChange={(reportingCycle) => onChange({ ...value, reportingCycle })}
        />,
      )}
      {field(
        t("预警天数"),
        "plan-warning-days",
        <InputNumber id="plan-warning-days" min={0} max={365} value={value.warningDays} onChange={(days) => days !== null && onChange({ ...value, warningDays: days })} />,
      )}
    </Space>
  );
}
