import { useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../api/client";

/** One audit event as listed by GET /api/audit. */
export interface AuditEvent {
  seq: number;
  ts: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  sourceIp: string | null;
  requestId: string | null;
}

const PAGE_SIZE = 50;

/** Newest first; each further page asks for events before the oldest sequence number seen. */
export function useAuditEvents() {
  return useInfiniteQuery({
    queryKey: ["audit"],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) => {
      const before = pageParam === undefined ? "" : `&before=${pageParam}`;
      return api.get<{ items: AuditEvent[] }>(`/api/audit?limit=${PAGE_SIZE}${before}`, signal).then((body) => body.items);
    },
    getNextPageParam: (lastPage) => (lastPage.length < PAGE_SIZE ? undefined : lastPage[lastPage.length - 1]?.seq),
  });
}
