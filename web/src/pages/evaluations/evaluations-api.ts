import { useCallback, useRef } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { evaluationCreateSchema, evaluationDetailSchema, evaluationSchema } from "../../../../src/evaluations/evaluation.schemas";
import { api, apiRequest, ifMatch, queryString } from "../../api/client";

/** Types of the evaluation API (src/indicators/API.md, "Evaluations"); the records come from the server's schemas. */
export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationDetail = z.infer<typeof evaluationDetailSchema>;
export type EvaluationCreate = z.input<typeof evaluationCreateSchema>;
export type EvaluationTask = EvaluationDetail["tasks"][number];
export type EvaluationIndicator = EvaluationDetail["indicators"][number];
export type Rating = EvaluationTask["suggestedRating"];
export type EvaluationKind = Evaluation["kind"];
export type ReportFormat = "docx" | "pdf" | "xlsx";
export interface ScoreInput {
  rating: Rating;
  comment: string;
}
export type TaskScoreInput = ScoreInput & { taskId: string };
/** The most scores one bulk request may carry (the server's limit). */
export const BULK_SCORE_LIMIT = 2000;

export const evaluationKeys = {
  all: ["evaluations"] as const,
  detail: (id: string) => ["evaluations", "detail", id] as const,
};

const base = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;

export function useEvaluations(params: { planId?: string }) {
  return useQuery<Evaluation[]>({
    queryKey: [...evaluationKeys.all, "list", params],
    queryFn: ({ signal }) => api.get<{ items: Evaluation[] }>(`/api/evaluations${queryString(params)}`, signal).then((body) => body.items),
    placeholderData: keepPreviousData,
  });
}

export function useEvaluation(id: string) {
  return useQuery({
    queryKey: evaluationKeys.detail(id),
    queryFn: ({ signal }) => api.get<EvaluationDetail>(base(id), signal),
  });
}

export function useCreateEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EvaluationCreate) => api.post<EvaluationDetail>("/api/evaluations", input),
    onSuccess: (detail) => {
      queryClient.setQueryData(evaluationKeys.detail(detail.id), detail);
      return queryClient.invalidateQueries({ queryKey: [...evaluationKeys.all, "list"] });
    },
  });
}

/** One write on the evaluation: it receives the version to send as If-Match and answers the new detail. */
export type EvaluationWrite = (version: number) => Promise<EvaluationDetail>;

/**
 * Every score bumps the evaluation's version, so writes go one after another, each with the version the
 * previous one answered (read from the query cache); a user's quick edits never conflict with each other.
 */
export function useEvaluationWriter(id: string) {
  const queryClient = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (write: EvaluationWrite): Promise<EvaluationDetail> => {
      const run = async () => {
        const current = queryClient.getQueryData<EvaluationDetail>(evaluationKeys.detail(id));
        if (!current) throw new Error("evaluation not loaded");
        const next = await write(current.version);
        queryClient.setQueryData(evaluationKeys.detail(id), next);
        void queryClient.invalidateQueries({ queryKey: [...evaluationKeys.all, "list"] });
        return next;
      };
      const result = queue.current.then(run, run);
      queue.current = result.catch(() => {});
      return result;
    },
    [id, queryClient],
  );
}

export const evaluationWrites = {
  scoreTask: (id: string, taskId: string, score: ScoreInput): EvaluationWrite => (version) =>
    apiRequest<EvaluationDetail>(`${base(id)}/tasks/${encodeURIComponent(taskId)}`, { method: "PUT", body: score, headers: ifMatch(version) }),
  scoreTasks: (id: string, items: TaskScoreInput[]): EvaluationWrite => (version) =>
    apiRequest<EvaluationDetail>(`${base(id)}/tasks`, { method: "PUT", body: { items }, headers: ifMatch(version) }),
  scoreIndicator: (id: string, indicatorId: string, score: ScoreInput): EvaluationWrite => (version) =>
    apiRequest<EvaluationDetail>(`${base(id)}/indicators/${encodeURIComponent(indicatorId)}`, { method: "PUT", body: score, headers: ifMatch(version) }),
  findings: (id: string, overall: string): EvaluationWrite => (version) =>
    apiRequest<EvaluationDetail>(base(id), { method: "PATCH", body: { overall }, headers: ifMatch(version) }),
  publish: (id: string): EvaluationWrite => (version) => apiRequest<EvaluationDetail>(`${base(id)}/publish`, { method: "POST", headers: ifMatch(version) }),
  unpublish: (id: string): EvaluationWrite => (version) => apiRequest<EvaluationDetail>(`${base(id)}/unpublish`, { method: "POST", headers: ifMatch(version) }),
};

export const reportUrl = (id: string, format: ReportFormat) => `${base(id)}/report.${format}`;
