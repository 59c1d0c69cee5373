import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UnitDto } from "../../../../../src/shared/api";
import { api } from "../../../api/client";

export const unitsQueryKey = (regionCode: string | undefined) => ["units", regionCode ?? "all"] as const;

export function useUnits(regionCode: string | undefined) {
  return useQuery({
    queryKey: unitsQueryKey(regionCode),
    queryFn: ({ signal }) => {
      const query = regionCode ? `?regionCode=${encodeURIComponent(regionCode)}` : "";
      return api.get<{ items: UnitDto[] }>(`/api/units${query}`, signal).then((body) => body.items);
    },
    enabled: Boolean(regionCode),
  });
}

export type UnitCreate = Pick<UnitDto, "regionCode" | "name" | "kind" | "aliases">;
export type UnitUpdate = Partial<Pick<UnitDto, "name" | "kind" | "aliases" | "active">>;

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UnitCreate) => api.post<UnitDto>("/api/units", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}

/** Sends the version the user saw; the server answers 412 if someone else saved in between. */
export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unit, changes }: { unit: UnitDto; changes: UnitUpdate }) =>
      api.patch<UnitDto>(`/api/units/${encodeURIComponent(unit.id)}`, changes, { "If-Match": `"${unit.version}"` }),
    // Refetch on conflict too, so the next attempt starts from the current version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}
