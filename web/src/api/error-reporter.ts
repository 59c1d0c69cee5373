import { isApiError } from "./api-error";

type Reporter = (error: unknown) => void;

// Set by <ErrorReporterBridge/> once antd's App context exists; before that errors only reach the console.
let reporter: Reporter = (error) => console.error(error);

export function setErrorReporter(next: Reporter): void {
  reporter = next;
}

/** The one place where failed API calls are shown to the user. 401s are skipped: the redirect to login says enough. */
export function reportError(error: unknown): void {
  if (isApiError(error) && error.status === 401) return;
  reporter(error);
}
