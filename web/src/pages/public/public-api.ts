import { useQuery } from "@tanstack/react-query";
import type { PublicEvaluation, PublicEvaluationDetail, PublicIndicator, PublicLightCounts, PublicPlan, PublicTask } from "../../../../src/portal/public-presenters";
import { api, isApiError } from "../../api/client";

/** Types of the public portal API (src/indicators/API.md, "Public portal"); the presenters are the one source. */
export type { PublicEvaluation, PublicEvaluationDetail, PublicIndicator, PublicPlan, PublicTask };
export type PublicLight = PublicTask["light"];
export type PublicPlanDetail = PublicPlan & { asOf: string; light: PublicLight; counts: PublicLightCounts };

const keys = { all: ["public"] as const };

/**
 * Unpublished and unknown records answer 404; on the portal that is an answer ("no such page"), not a
 * failure to report, so it becomes null and the page shows its own 404.
 */
async function getOrNull<T>(path: string, signal: AbortSignal): Promise<T | null> {
  try {
    return await api.get<T>(path, signal);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

const id = (value: string) => encodeURIComponent(value);

export function usePublicPlans() {
  return useQuery({
    queryKey: [...keys.all, "plans"],
    queryFn: ({ signal }) => api.get<{ items: PublicPlan[] }>("/api/public/plans", signal).then((body) => body.items),
  });
}

export function usePublicEvaluations(planId?: string) {
  return useQuery({
    queryKey: [...keys.all, "evaluations", planId ?? null],
    queryFn: ({ signal }) =>
      api.get<{ items: PublicEvaluation[] }>(`/api/public/evaluations${planId ? `?planId=${id(planId)}` : ""}`, signal).then((body) => body.items),
  });
}

export function usePublicPlan(planId: string, enabled = true) {
  return useQuery({
    queryKey: [...keys.all, "plan", planId],
    queryFn: ({ signal }) => getOrNull<PublicPlanDetail>(`/api/public/plans/${id(planId)}`, signal),
    enabled,
  });
}

export function usePublicTasks(planId: string) {
  return useQuery({
    queryKey: [...keys.all, "tasks", planId],
    queryFn: ({ signal }) => getOrNull<{ asOf: string; items: PublicTask[] }>(`/api/public/plans/${id(planId)}/tasks`, signal),
  });
}

export function usePublicIndicators(planId: string) {
  return useQuery({
    queryKey: [...keys.all, "indicators", planId],
    queryFn: ({ signal }) => getOrNull<{ year: number; items: PublicIndicator[] }>(`/api/public/plans/${id(planId)}/indicators`, signal),
  });
}

export function usePublicEvaluation(evaluationId: string) {
  return useQuery({
    queryKey: [...keys.all, "evaluation", evaluationId],
    queryFn: ({ signal }) => getOrNull<PublicEvaluationDetail>(`/api/public/evaluations/${id(evaluationId)}`, signal),
  });
}

export const evaluationPdfUrl = (evaluationId: string) => `/api/public/evaluations/${id(evaluationId)}/report.pdf`;

/** A page id must look like a uuid, else the server answers 400; the portal treats it as not found at once. */
export const isUuid = (value: string | undefined): value is string => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value ?? "");
