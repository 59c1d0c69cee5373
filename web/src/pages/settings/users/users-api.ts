import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UserDto } from "../../../../../src/shared/api";
import { api } from "../../../api/client";

export const usersQueryKey = ["users"] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersQueryKey,
    queryFn: ({ signal }) => api.get<{ items: UserDto[] }>("/api/users", signal).then((body) => body.items),
  });
}

export type UserCreate = Pick<UserDto, "username" | "displayName" | "regionCode" | "unitId" | "planId" | "roles"> & { password: string };
export type UserUpdate = Partial<Pick<UserDto, "displayName" | "unitId" | "planId" | "roles" | "active">> & { resetSecondFactor?: true };

export interface PlanOption {
  id: string;
  title: string;
  regionCode: string;
  regionName: string;
}

/** Plans an evaluator account can be limited to (the administrator holds no plan.read). */
export function usePlanOptions(enabled: boolean) {
  return useQuery({
    queryKey: ["users", "plan-options"],
    enabled,
    queryFn: ({ signal }) => api.get<{ items: PlanOption[] }>("/api/users/plan-options", signal).then((body) => body.items),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreate) => api.post<UserDto>("/api/users", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserUpdate }) =>
      api.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
