import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { DashboardDto, UnitTasksDto } from "../../../../src/dashboard/dashboard.schemas";
import { api, queryString } from "../../api/client";

/** Types and hooks of the dashboard API (src/dashboard/API.md); the shapes come from the server's schemas. */
export type Dashboard = DashboardDto;
export type DashboardUnit = Dashboard["units"][number];
export type DashboardIndicator = NonNullable<Dashboard["indicators"]>["items"][number];
export type UnitTask = UnitTasksDto["items"][number];

export interface DashboardParams {
  asOf?: string;
  regionCode?: string;
  planId?: string;
}

export function useDashboard(params: DashboardParams, enabled = true) {
  return useQuery({
    queryKey: ["dashboard", params],
    queryFn: ({ signal }) => api.get<Dashboard>(`/api/dashboard${queryString(params)}`, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnitTasks(unitId: string | undefined, params: DashboardParams) {
  return useQuery({
    queryKey: ["dashboard", "unit-tasks", unitId, params],
    queryFn: ({ signal }) => api.get<UnitTasksDto>(`/api/dashboard/unit-tasks${queryString({ ...params, unitId })}`, signal),
    enabled: Boolean(unitId),
  });
}
