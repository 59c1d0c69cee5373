import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RegionDto } from "../../../../../src/shared/api";
import { api } from "../../../api/client";

export const regionsQueryKey = ["regions"] as const;

export function useRegions() {
  return useQuery({
    queryKey: regionsQueryKey,
    queryFn: ({ signal }) => api.get<{ items: RegionDto[] }>("/api/regions", signal).then((body) => body.items),
  });
}

export type RegionCreate = Pick<RegionDto, "code" | "name" | "level" | "parentCode">;
export type RegionUpdate = Pick<RegionDto, "name" | "parentCode">;

export function useSaveRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code?: string; create?: RegionCreate; update?: RegionUpdate }) =>
      input.code && input.update
        ? api.patch<RegionDto>(`/api/regions/${encodeURIComponent(input.code)}`, input.update)
        : api.post<RegionDto>("/api/regions", input.create),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionsQueryKey }),
  });
}
