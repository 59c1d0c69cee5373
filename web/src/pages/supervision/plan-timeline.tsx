import { useState } from "react";
import { Empty, Radio, Space, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { LightTag } from "./light-tag";
import { ReportReviewDrawer } from "./report-review-drawer";
import { useTimeline, type TimelineMilestone } from "./supervision-api";
import { LIGHT_COLORS, LIGHT_LABELS } from "./supervision-labels";
import "./plan-timeline.css";

const SYMBOL = { done: "✓", red: "!", yellow: "▲", green: "●", grey: "○" } as const;

/** Months from the first to the last due day, as "YYYY-MM". */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 240; guard += 1) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

interface Props {
  planId: string;
  asOf: string | undefined;
  /** Task contents by task id, for the row titles of the by-task view. */
  taskContents?: ReadonlyMap<string, string>;
}

/**
 * A plan's milestones on a month grid, by task or by unit, each coloured by its light and also marked
 * by a symbol and an accessible name (never colour alone). A milestone opens its report.
 * Exported so that the plan detail page can show it too.
 */
export function PlanTimeline({ planId, asOf, taskContents }: Props) {
  const { t } = useTranslation();
  const [by, setBy] = useState<"task" | "unit">("task");
  const [reportId, setReportId] = useState<string>();
  const timeline = useTimeline(planId, asOf, by);
  const rows = timeline.data?.rows ?? [];
  const dues = rows.flatMap((row) => row.milestones.map((m) => m.due)).sort();
  const months = dues.length > 0 ? monthsBetween(dues[0], dues[dues.length - 1]) : [];
  const todayMonth = timeline.data?.asOf.slice(0, 7);

  const chip = (m: TimelineMilestone) => (
    <button
      key={m.milestoneId}
      type="button"
      className="xk-tl-chip"
      style={{ background: LIGHT_COLORS[m.light] }}
      title={`${m.label} ${m.due} ${t(LIGHT_LABELS[m.light])}`}
      aria-label={`${m.label} ${m.due} ${t(LIGHT_LABELS[m.light])}`}
      onClick={() => setReportId(m.reportId)}
    >
      <span aria-hidden="true">
        {SYMBOL[m.light]}
        {Number(m.due.slice(8, 10))}
      </span>
    </button>
  );

  return (
    <section aria-label={t("时间轴")}>
      <Space wrap style={{ marginBottom: 12 }}>
        <span id="timeline-by-label">{t("按")}</span>
        <Radio.Group
          aria-labelledby="timeline-by-label"
          value={by}
          onChange={(event) => setBy(event.target.value as "task" | "unit")}
          options={[
            { value: "task", label: t("任务") },
            { value: "unit", label: t("单位") },
          ]}
          optionType="button"
        />
        <span className="xk-tl-legend">
          {(["done", "green", "yellow", "red", "grey"] as const).map((light) => (
            <LightTag key={light} light={light} />
          ))}
        </span>
      </Space>
      {timeline.isPending && <Spin />}
      {!timeline.isPending && rows.length === 0 && <Empty description={t("没有时间节点")} />}
      {rows.length > 0 && (
        <div className="xk-tl-scroll">
          <table className="xk-tl">
            <caption className="xk-visually-hidden">{t("时间节点（按月）")}</caption>
            <thead>
              <tr>
                <th scope="col" className="xk-tl-label">
                  {by === "task" ? t("任务") : t("单位")}
                </th>
                <th scope="col">{t("状态")}</th>
                {months.map((month) => (
                  <th scope="col" key={month} className={month === todayMonth ? "xk-tl-now" : undefined}>
                    {month.slice(5, 7) === "01" || month === months[0] ? month : month.slice(5, 7)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="xk-tl-label" title={taskContents?.get(row.key)}>
                    {row.label}
                    {by === "task" && taskContents?.get(row.key) && <span className="xk-tl-content"> {taskContents.get(row.key)}</span>}
                  </th>
                  <td>
                    <LightTag light={row.light} />
                  </td>
                  {months.map((month) => (
                    <td key={month} className={month === todayMonth ? "xk-tl-now" : undefined}>
                      {row.milestones.filter((m) => m.due.startsWith(month)).map(chip)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ReportReviewDrawer reportId={reportId} onClose={() => setReportId(undefined)} />
    </section>
  );
}
