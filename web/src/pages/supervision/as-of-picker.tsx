import { Button, DatePicker, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";

interface Props {
  id: string;
  /** The day chosen by the user; undefined means "today" as the server's clock sees it. */
  value: string | undefined;
  /** The day the server actually used (its answer's asOf), shown while the user has not chosen one. */
  effective: string | undefined;
  onChange: (day: string | undefined) => void;
  /** The plan period, to offer its half-year ends as presets (the demo plans are from 2017–2020). */
  periodStart?: number;
  periodEnd?: number;
}

const FORMAT = "YYYY-MM-DD";

/** The "as of" day of every light and list: any calendar day, with the plan period's half-year ends one click away. */
export function AsOfPicker({ id, value, effective, onChange, periodStart, periodEnd }: Props) {
  const { t } = useTranslation();
  const shown = value ?? effective;
  const presets: { label: string; value: Dayjs }[] = [];
  if (periodStart && periodEnd && periodEnd - periodStart < 12) {
    for (let year = periodStart; year <= periodEnd; year += 1) {
      presets.push({ label: `${year}-06-30`, value: dayjs(`${year}-06-30`) }, { label: `${year}-12-31`, value: dayjs(`${year}-12-31`) });
    }
  }
  return (
    <Space wrap>
      <label htmlFor={id}>{t("统计截至")}</label>
      <DatePicker
        id={id}
        format={FORMAT}
        allowClear={false}
        value={shown ? dayjs(shown) : null}
        presets={presets}
        defaultPickerValue={periodStart ? dayjs(`${periodStart}-01-01`) : undefined}
        onChange={(day: Dayjs | null) => onChange(day ? day.format(FORMAT) : undefined)}
      />
      <Button onClick={() => onChange(undefined)} disabled={value === undefined}>
        {t("今天")}
      </Button>
    </Space>
  );
}
