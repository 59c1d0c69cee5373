import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  PlanDetailDto,
  PlanImportConfirmDto,
  PlanImportPreviewDto,
  PlanImportResultDto,
  PlanSummaryDto,
  PlanUpdateDto,
} from "../../../../src/plans/plan.schemas";
import type { ErrorResponse } from "../../../../src/shared/api";
import { api, ApiError } from "../../api/client";

export const plansQueryKey = ["plans"] as const;

export function usePlans() {
  return useQuery({
    queryKey: plansQueryKey,
    queryFn: ({ signal }) => api.get<{ items: PlanSummaryDto[] }>("/api/plans", signal).then((body) => body.items),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: [...plansQueryKey, id],
    queryFn: ({ signal }) => api.get<PlanDetailDto>(`/api/plans/${encodeURIComponent(id ?? "")}`, signal),
    enabled: Boolean(id),
  });
}

/**
 * Posts a multipart form (the JSON client only speaks JSON). The browser sets the boundary;
 * errors become the same ApiError as everywhere else.
 */
async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, { method: "POST", body: form, credentials: "same-origin", headers: { Accept: "application/json" } });
  const text = await response.text();
  if (!response.ok) {
    let body: Partial<ErrorResponse> = {};
    try {
      body = JSON.parse(text) as Partial<ErrorResponse>;
    } catch {
      // not JSON (a proxy page): the status alone still says something
    }
    throw new ApiError({
      details: body.details,
      status: response.status,
      code: body.code ?? `HTTP_${response.status}`,
      message: body.message ?? `请求失败（${response.status}）`,
      messageEn: body.messageEn ?? `Request failed (${response.status})`,
      requestId: body.requestId ?? response.headers.get("x-request-id") ?? "",
    });
  }
  return JSON.parse(text) as T;
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ file, regionCode }: { file: File; regionCode: string }) => {
      const form = new FormData();
      form.append("regionCode", regionCode);
      form.append("file", file, file.name);
      return postForm<PlanImportPreviewDto>("/api/plans/import/preview", form);
    },
  });
}

/** Nothing is kept on the server between preview and confirm: the file goes again with the edited rows. */
export function useConfirmImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, payload }: { file: File; payload: PlanImportConfirmDto }) => {
      const form = new FormData();
      form.append("payload", JSON.stringify(payload));
      form.append("file", file, file.name);
      return postForm<PlanImportResultDto>("/api/plans/import/confirm", form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["plans"] }),
  });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ plan, changes }: { plan: PlanDetailDto; changes: PlanUpdateDto }) =>
      api.patch<PlanDetailDto>(`/api/plans/${encodeURIComponent(plan.id)}`, changes, { "If-Match": `"${plan.version}"` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["plans"] }),
  });
}

/** The code of a duplicate-file refusal, and the existing plan it names. */
export function duplicatePlanId(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== "PLAN_DUPLICATE") return null;
  const details = error.details as { planId?: unknown } | undefined;
  return typeof details?.planId === "string" ? details.planId : null;
}
