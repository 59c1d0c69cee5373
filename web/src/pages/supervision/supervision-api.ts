import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ErrorResponse } from "../../../../src/shared/api";
import type { NoticeDto, ReportDto } from "../../../../src/supervision/schemas";
import { api, apiRequest, ApiError, ifMatch, queryString } from "../../api/client";

/** Types of the supervision API (src/supervision/API.md); the records come from the server's schemas. */
export type Report = ReportDto;
export type Notice = NoticeDto;
export type Light = "done" | "green" | "yellow" | "red" | "grey";
export type Progress = Report["progress"];
export type ReportState = Report["state"];
export type NoticeLevel = Notice["level"];
export type NoticeKind = Notice["kind"];

export interface LightCounts {
  done: number;
  green: number;
  yellow: number;
  red: number;
  grey: number;
  total: number;
}

export interface ReportDetail extends Report {
  task: { id: string; no: string; content: string; chapter: string | null };
  partners: Report[];
  lead: Report | null;
}

export interface Overview {
  asOf: string;
  regionCode: string;
  regionName: string;
  light: Light;
  counts: LightCounts;
  children: { regionCode: string; name: string; light: Light; counts: LightCounts }[];
  plans: { planId: string; title: string; regionCode: string; light: Light; counts: LightCounts }[];
}

export interface PlanLights {
  asOf: string;
  planId: string;
  title: string;
  warningDays: number;
  light: Light;
  counts: LightCounts;
  tasks: { taskId: string; no: string; seq: number; light: Light; units: { unitId: string; unitName: string; role: "lead" | "partner"; light: Light }[] }[];
}

export interface TimelineMilestone {
  milestoneId: string;
  taskId: string;
  due: string;
  label: string;
  light: Light;
  reportState: string;
  reportId: string;
}
export interface Timeline {
  asOf: string;
  by: "task" | "unit";
  planId: string;
  rows: { key: string; label: string; light: Light; milestones: TimelineMilestone[] }[];
}

export type ReviewItem = Report & { taskNo: string; taskContent: string; partnersSubmitted: number; partnersTotal: number };

interface ListItemBase {
  regionCode: string;
  planId: string;
  planTitle: string;
  taskId: string;
  taskNo: string;
  taskContent: string;
  chapter: string | null;
  unitId: string;
  unitName: string;
  role: "lead" | "partner";
}
export interface OverdueItem extends ListItemBase {
  overdueSince: string;
  daysOverdue: number;
  openNotices: number;
  priorNotices: number;
  suggested: { kind: NoticeKind; level: NoticeLevel; responseDue: string };
}
export interface DueSoonItem extends ListItemBase {
  reportId: string;
  milestoneId: string;
  due: string;
  daysLeft: number;
  reportState: ReportState;
}

export interface MyTask {
  taskId: string;
  planId: string;
  planTitle: string;
  regionCode: string;
  no: string;
  chapter: string | null;
  content: string;
  role: "lead" | "partner";
  light: Light;
  nextMilestone: { milestoneId: string; due: string; label: string } | null;
  currentReport: Report | null;
}

/** Filters shared by the office lists; undefined leaves a filter out of the query string. */
export interface ListFilter {
  asOf?: string;
  planId?: string;
  unitId?: string;
  chapter?: string;
  regionCode?: string;
  limit?: number;
  offset?: number;
}


export const supervisionKeys = {
  all: ["supervision"] as const,
  reports: ["reports"] as const,
  notices: ["notices"] as const,
  my: ["my"] as const,
};

export function useOverview(params: { asOf?: string; regionCode?: string; planId?: string }) {
  return useQuery({
    queryKey: [...supervisionKeys.all, "overview", params],
    queryFn: ({ signal }) => api.get<Overview>(`/api/supervision/overview${queryString(params)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlanLights(planId: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: [...supervisionKeys.all, "lights", planId, asOf],
    queryFn: ({ signal }) => api.get<PlanLights>(`/api/plans/${encodeURIComponent(planId ?? "")}/lights${queryString({ asOf })}`, signal),
    enabled: Boolean(planId),
    placeholderData: keepPreviousData,
  });
}

export function useTimeline(planId: string | undefined, asOf: string | undefined, by: "task" | "unit") {
  return useQuery({
    queryKey: [...supervisionKeys.all, "timeline", planId, asOf, by],
    queryFn: ({ signal }) => api.get<Timeline>(`/api/plans/${encodeURIComponent(planId ?? "")}/timeline${queryString({ asOf, by })}`, signal),
    enabled: Boolean(planId),
    placeholderData: keepPreviousData,
  });
}

export function useReviewQueue(params: { planId?: string; regionCode?: string; limit?: number; offset?: number }, enabled = true) {
  return useQuery({
    queryKey: [...supervisionKeys.reports, "review-queue", params],
    queryFn: ({ signal }) => api.get<{ items: ReviewItem[]; total: number }>(`/api/supervision/review-queue${queryString(params)}`, signal),
    enabled,
  });
}

export function useOverdue(filter: ListFilter) {
  return useQuery({
    queryKey: [...supervisionKeys.all, "overdue", filter],
    queryFn: ({ signal }) => api.get<{ asOf: string; items: OverdueItem[]; total: number }>(`/api/supervision/overdue${queryString(filter)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDueSoon(filter: ListFilter) {
  return useQuery({
    queryKey: [...supervisionKeys.all, "due-soon", filter],
    queryFn: ({ signal }) => api.get<{ asOf: string; items: DueSoonItem[]; total: number }>(`/api/supervision/due-soon${queryString(filter)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNotices(params: { state?: Notice["state"]; kind?: NoticeKind; planId?: string; unitId?: string; regionCode?: string; limit?: number; offset?: number }) {
  return useQuery({
    queryKey: [...supervisionKeys.notices, "list", params],
    queryFn: ({ signal }) => api.get<{ items: Notice[]; total: number }>(`/api/notices${queryString(params)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMyNotices(state: Notice["state"]) {
  return useQuery({
    queryKey: [...supervisionKeys.notices, "my", state],
    queryFn: ({ signal }) => api.get<{ items: Notice[] }>(`/api/my/notices${queryString({ state })}`, signal).then((body) => body.items),
  });
}

export function useMyTasks(asOf?: string) {
  return useQuery({
    queryKey: [...supervisionKeys.my, "tasks", asOf],
    queryFn: ({ signal }) => api.get<{ asOf: string; unitId: string | null; items: MyTask[] }>(`/api/my/tasks${queryString({ asOf })}`, signal),
  });
}

export function useReports(params: { planId?: string; taskId?: string; unitId?: string; state?: ReportState; limit?: number; offset?: number }, enabled = true) {
  return useQuery({
    queryKey: [...supervisionKeys.reports, "list", params],
    queryFn: ({ signal }) => api.get<{ items: Report[]; total: number }>(`/api/reports${queryString(params)}`, signal),
    enabled,
  });
}

export function useReportDetail(id: string | undefined) {
  return useQuery({
    queryKey: [...supervisionKeys.reports, "detail", id],
    queryFn: ({ signal }) => api.get<ReportDetail>(`/api/reports/${encodeURIComponent(id ?? "")}`, signal),
    enabled: Boolean(id),
  });
}

/** After any report or notice write every derived view (lights, lists, my tasks) may have changed. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [supervisionKeys.all, supervisionKeys.reports, supervisionKeys.notices, supervisionKeys.my].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export type ReportPatch = Partial<Pick<Report, "progress" | "narrative" | "figures" | "isFinal">>;

/** Report writes: every one carries the version the user saw (If-Match); a 412 refetches so a retry starts fresh. */
export function useReportActions() {
  const invalidate = useInvalidateAll();
  const settle = { onSettled: invalidate };
  const post = (report: Pick<Report, "id" | "version">, action: string, body?: unknown) =>
    apiRequest<Report>(`/api/reports/${encodeURIComponent(report.id)}/${action}`, { method: "POST", body, headers: ifMatch(report.version) });
  return {
    save: useMutation({
      mutationFn: ({ report, changes }: { report: Pick<Report, "id" | "version">; changes: ReportPatch }) =>
        apiRequest<Report>(`/api/reports/${encodeURIComponent(report.id)}`, { method: "PATCH", body: changes, headers: ifMatch(report.version) }),
      ...settle,
    }),
    submit: useMutation({ mutationFn: (report: Pick<Report, "id" | "version">) => post(report, "submit"), ...settle }),
    accept: useMutation({ mutationFn: (report: Pick<Report, "id" | "version">) => post(report, "accept"), ...settle }),
    giveBack: useMutation({
      mutationFn: ({ report, reason }: { report: Pick<Report, "id" | "version">; reason: string }) => post(report, "return", { reason }),
      ...settle,
    }),
    lock: useMutation({ mutationFn: (report: Pick<Report, "id" | "version">) => post(report, "lock"), ...settle }),
    unlock: useMutation({
      mutationFn: ({ report, reason }: { report: Pick<Report, "id" | "version">; reason: string }) => post(report, "unlock", { reason }),
      ...settle,
    }),
    upload: useMutation({
      mutationFn: ({ report, file }: { report: Pick<Report, "id" | "version">; file: File }) => uploadEvidence(report, file),
      ...settle,
    }),
    removeEvidence: useMutation({
      mutationFn: ({ report, evidenceId }: { report: Pick<Report, "id" | "version">; evidenceId: string }) =>
        apiRequest<Report>(`/api/reports/${encodeURIComponent(report.id)}/evidence/${encodeURIComponent(evidenceId)}`, {
          method: "DELETE",
          headers: ifMatch(report.version),
        }),
      ...settle,
    }),
  };
}

/** Multipart upload (the JSON client only speaks JSON); the browser sets the boundary. */
async function uploadEvidence(report: Pick<Report, "id" | "version">, file: File): Promise<{ report: Report }> {
  const form = new FormData();
  form.append("file", file, file.name);
  const response = await fetch(`/api/reports/${encodeURIComponent(report.id)}/evidence`, {
    method: "POST",
    body: form,
    credentials: "same-origin",
    headers: { Accept: "application/json", ...ifMatch(report.version) },
  });
  const text = await response.text();
  if (!response.ok) {
    let body: Partial<ErrorResponse> = {};
    try {
      body = JSON.parse(text) as Partial<ErrorResponse>;
    } catch {
      // not JSON (a proxy page): the status alone still says something
    }
    throw new ApiError({
      status: response.status,
      code: body.code ?? `HTTP_${response.status}`,
      message: body.message ?? `请求失败（${response.status}）`,
      messageEn: body.messageEn ?? `Request failed (${response.status})`,
      requestId: body.requestId ?? response.headers.get("x-request-id") ?? "",
    });
  }
  return JSON.parse(text) as { report: Report };
}

/** A level other than the ladder's needs a reason; the server audits both. */
export interface NoticeIssueInput {
  taskId: string;
  unitId: string;
  message: string;
  milestoneId?: string;
  asOf?: string;
  level?: NoticeLevel;
  levelReason?: string;
}

export function useNoticeActions() {
  const invalidate = useInvalidateAll();
  return {
    issue: useMutation({
      mutationFn: (input: NoticeIssueInput) => api.post<Notice>("/api/notices", input),
      onSettled: invalidate,
    }),
    respond: useMutation({
      mutationFn: ({ notice, response }: { notice: Pick<Notice, "id" | "version">; response: string }) =>
        apiRequest<Notice>(`/api/notices/${encodeURIComponent(notice.id)}/respond`, { method: "POST", body: { response }, headers: ifMatch(notice.version) }),
      onSettled: invalidate,
    }),
    close: useMutation({
      mutationFn: (notice: Pick<Notice, "id" | "version">) =>
        apiRequest<Notice>(`/api/notices/${encodeURIComponent(notice.id)}/close`, { method: "POST", headers: ifMatch(notice.version) }),
      onSettled: invalidate,
    }),
  };
}

export const evidenceUrl = (id: string) => `/api/evidence/${encodeURIComponent(id)}`;
export const ledgerUrl = (planId: string, asOf?: string) => `/api/plans/${encodeURIComponent(planId)}/exports/ledger.xlsx${queryString({ asOf })}`;
export const bulletinUrl = (params: { asOf?: string; planId?: string; regionCode?: string }) => `/api/supervision/exports/bulletin.docx${queryString(params)}`;
