import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-error";
import { reportError } from "./error-reporter";

declare module "@tanstack/react-query" {
  interface Register {
    // A mutation that shows its own error (the login form) sets meta.handlesErrors.
    mutationMeta: { handlesErrors?: boolean };
  }
}

/** Shared QueryClient: errors of queries and mutations go to the one reporter. */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => reportError(error) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (!mutation.meta?.handlesErrors) reportError(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not fix themselves by retrying.
      retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
    },
  },
});
