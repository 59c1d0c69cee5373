import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { useCan } from "../../auth/session";
import { NotFoundPage } from "../not-found-page";
import { EvaluationDetailPage } from "./evaluation-detail-page";
import { EvaluationListPage } from "./evaluation-list-page";
import "./evaluations-i18n";

/** 评估: the evaluations in scope and one evaluation's scoring, findings, report and publication, under /evaluations. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  // The route is open to plan readers; unit liaisons read plans but not evaluations.
  if (!useCan("evaluation.read")) return <Alert type="info" showIcon title={t("您没有查看评估的权限")} />;
  return (
    <Routes>
      <Route index element={<EvaluationListPage />} />
      <Route path=":id" element={<EvaluationDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
