import { Route, Routes } from "react-router";
import { NotFoundPage } from "../not-found-page";
import { IndicatorDetailPage } from "./indicator-detail-page";
import { IndicatorsOverview } from "./indicators-overview";
import "./indicators-i18n";
import "./indicators.css";

/** 指标: the plan's indicators at a region and year (with entry and review), and one indicator's page, under /indicators. */
export function IndicatorsPage() {
  return (
    <Routes>
      <Route index element={<IndicatorsOverview />} />
      <Route path=":id" element={<IndicatorDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
