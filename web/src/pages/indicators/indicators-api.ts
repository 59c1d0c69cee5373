import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  figureSchema,
  indicatorDetailResponse,
  indicatorSchema,
  indicatorValueSchema,
  planIndicatorsResponse,
  IndicatorPatch,
} from "../../../../src/indicators/indicator.schemas";
import { api, apiRequest, ifMatch, queryString } from "../../api/client";

/** Types of the indicators API (src/indicators/API.md), taken from the server's own response schemas. */
export type Indicator = z.infer<typeof indicatorSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type PlanIndicators = z.infer<typeof planIndicatorsResponse>;
export type IndicatorRow = PlanIndicators["items"][number];
export type IndicatorDetail = z.infer<typeof indicatorDetailResponse>;
export type ValueState = IndicatorValue["state"];
export type Basis = PlanIndicators["basis"];
export type IndicatorStatusName = Figure["status"]["status"];
export type IndicatorLight = Figure["status"]["light"];
export type NoDataReason = NonNullable<Figure["status"]["reason"]>;
export type { IndicatorPatch };

export interface ValueFigures {
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  note?: string;
}

const id = (value: string) => encodeURIComponent(value);

export const indicatorKeys = {
  all: ["indicators"] as const,
};

export function usePlanIndicators(planId: string | undefined, params: { year?: number; regionCode?: string; basis: Basis }) {
  return useQuery({
    queryKey: [...indicatorKeys.all, "plan", planId, params],
    queryFn: ({ signal }) => api.get<PlanIndicators>(`/api/plans/${id(planId ?? "")}/indicators${queryString(params)}`, signal),
    enabled: Boolean(planId),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorDetail(indicatorId: string | undefined, params: { year?: number; regionCode?: string; basis: Basis }) {
  return useQuery({
    queryKey: [...indicatorKeys.all, "detail", indicatorId, params],
    queryFn: ({ signal }) => api.get<IndicatorDetail>(`/api/indicators/${id(indicatorId ?? "")}${queryString(params)}`, signal),
    enabled: Boolean(indicatorId),
    placeholderData: keepPreviousData,
  });
}

export interface ValueFilter {
  planId?: string;
  indicatorId?: string;
  regionCode?: string;
  year?: number;
  state?: ValueState;
  limit?: number;
  offset?: number;
}

export function useIndicatorValues(filter: ValueFilter, enabled = true) {
  return useQuery({
    queryKey: [...indicatorKeys.all, "values", filter],
    queryFn: ({ signal }) => api.get<{ items: IndicatorValue[]; total: number }>(`/api/indicator-values${queryString(filter)}`, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** After any write every figure, roll-up, light and list may have changed: refetch them all. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
}

type Versioned = Pick<IndicatorValue, "id" | "version">;

/**
 * Value writes. Edits carry the version the user saw (If-Match); every call settles by refetching, so a 412
 * leaves the screen with the current record. The forms show their own errors (handlesErrors).
 */
export function useValueActions() {
  const settle = { onSettled: useInvalidate() };
  const post = (value: Versioned, action: string, body?: unknown) =>
    apiRequest<IndicatorValue>(`/api/indicator-values/${id(value.id)}/${action}`, { method: "POST", body, headers: ifMatch(value.version) });
  return {
    create: useMutation({
      mutationFn: ({ indicatorId, body }: { indicatorId: string; body: ValueFigures & { regionCode: string; year: number } }) =>
        api.post<IndicatorValue>(`/api/indicators/${id(indicatorId)}/values`, body),
      meta: { handlesErrors: true },
      ...settle,
    }),
    edit: useMutation({
      mutationFn: ({ value, changes }: { value: Versioned; changes: ValueFigures }) =>
        api.patch<IndicatorValue>(`/api/indicator-values/${id(value.id)}`, changes, ifMatch(value.version)),
      meta: { handlesErrors: true },
      ...settle,
    }),
    submit: useMutation({ mutationFn: (value: Versioned) => post(value, "submit"), meta: { handlesErrors: true }, ...settle }),
    accept: useMutation({ mutationFn: (value: Versioned) => post(value, "accept"), ...settle }),
    giveBack: useMutation({
      mutationFn: ({ value, reason }: { value: Versioned; reason: string }) => post(value, "return", { reason }),
      meta: { handlesErrors: true },
      ...settle,
    }),
  };
}

export function useUpdateIndicator() {
  return useMutation({
    mutationFn: ({ indicator, changes }: { indicator: Pick<Indicator, "id" | "version">; changes: IndicatorPatch }) =>
      api.patch<Indicator>(`/api/indicators/${id(indicator.id)}`, changes, ifMatch(indicator.version)),
    meta: { handlesErrors: true },
    onSettled: useInvalidate(),
  });
}

/** The current record of one value (after a 412 the form reloads from it). */
export function fetchValue(filter: { indicatorId: string; regionCode: string; year: number }): Promise<IndicatorValue | undefined> {
  return api.get<{ items: IndicatorValue[] }>(`/api/indicator-values${queryString({ ...filter, limit: 1 })}`).then((body) => body.items[0]);
}
