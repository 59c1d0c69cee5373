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

export type UserCreate = Pick<UserDto, "username" | "displayName" | "regionCode" | "unitId" | "roles"> & { password: string };
export type UserUpdate = Partial<Pick<UserDto, "displayName" | "unitId" | "roles" | "active">>;

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
