import { useQuery } from "@tanstack/react-query";
import type { SessionUserDto } from "../../../src/shared/api";
import { roleHas, type Permission } from "../../../src/shared/roles";
import { api, isApiError } from "../api/client";

export const sessionQueryKey = ["session"] as const;

/** Reads the signed-in user; null means "not signed in", which is an answer rather than an error. */
export async function fetchSession(): Promise<SessionUserDto | null> {
  try {
    const { user } = await api.get<{ user: SessionUserDto }>("/api/auth/me");
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

/** The signed-in user; only call below <RequireSession>, which guarantees one exists. */
export function useSessionUser(): SessionUserDto {
  const { data } = useSession();
  if (!data) throw new Error("useSessionUser called outside <RequireSession>");
  return data;
}

/** Whether the signed-in user holds a permission; used to hide what the server would refuse anyway. */
export function useCan(permission: Permission): boolean {
  const { data } = useSession();
  return data ? roleHas(data.roles, permission) : false;
}
