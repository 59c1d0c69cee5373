import { Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useCan } from "../../auth/session";
import { MyNotices } from "./my-notices";
import { MyTasks } from "./my-tasks";
import { ReadOnlyTasks } from "./read-only-tasks";
import { useMyNotices } from "../supervision/supervision-api";
import "./tasks-i18n";

/** 任务: a unit liaison's own tasks, reports and notices; everyone else a read-only view of the plans in scope. */
export function TasksPage() {
  const { t } = useTranslation();
  const isLiaison = useCan("report.write");
  return (
    <>
      <h1 className="xk-page-title">{isLiaison ? t("我的任务") : t("任务")}</h1>
      {isLiaison ? <LiaisonTabs /> : <ReadOnlyTasks />}
    </>
  );
}

function LiaisonTabs() {
  const { t } = useTranslation();
  const open = useMyNotices("open");
  const waiting = open.data?.length ?? 0;
  return (
    <Tabs
      items={[
        { key: "tasks", label: t("任务与报告"), children: <MyTasks /> },
        { key: "notices", label: waiting > 0 ? t("督办通知（{{n}} 条待回复）", { n: waiting }) : t("督办通知"), children: <MyNotices /> },
      ]}
    />
  );
}
