import { useNavigate } from "react-router";
import { api } from "../api/client";
import { queryClient } from "../api/query-client";

/** Ends the session on the server and forgets every cached record of this user in the browser. */
export function useLogout(): () => Promise<void> {
  const navigate = useNavigate();
  return async () => {
    try {
      await api.post<void>("/api/auth/logout");
    } finally {
      await navigate("/login", { replace: true });
      queryClient.clear();
    }
  };
}
