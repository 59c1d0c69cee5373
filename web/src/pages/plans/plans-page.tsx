import { Route, Routes } from "react-router";
import { RequirePermission } from "../../auth/require-permission";
import { NotFoundPage } from "../not-found-page";
import { PlanDetailPage } from "./plan-detail-page";
import { PlanImportPage } from "./plan-import-page";
import { PlanListPage } from "./plan-list-page";
import "./plans-i18n";

/** 规划: the plan list, the import wizard and one plan's detail, under /plans. */
export function PlansPage() {
  return (
    <Routes>
      <Route index element={<PlanListPage />} />
      <Route
        path="import"
        element={
          <RequirePermission permission="plan.import">
            <PlanImportPage />
          </RequirePermission>
        }
      />
      <Route path=":id" element={<PlanDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
