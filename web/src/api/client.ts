import type { ErrorResponse } from "../../../src/shared/api";
import { ApiError } from "./api-error";

export { ApiError, isApiError } from "./api-error";

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The router registers how to reach the login page, so that this module needs no router import. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const LOGIN_PATH = "/api/auth/login";

/**
 * Calls the API on the same origin (the server refuses cross-site writes) and returns the parsed JSON.
 * Failures become an ApiError; a 401 outside login sends the user to the login page.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  const init: RequestInit = { method: options.method ?? "GET", credentials: "same-origin", headers, signal: options.signal };
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }

  const response = await fetch(path, init);
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && path !== LOGIN_PATH) onUnauthorized();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = {
    status: response.status,
    code: `HTTP_${response.status}`,
    message: `请求失败（${response.status}）`,
    messageEn: `Request failed (${response.status})`,
    requestId: response.headers.get("x-request-id") ?? "",
  };
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    return new ApiError({
      status: response.status,
      code: body.code ?? fallback.code,
      message: body.message ?? fallback.message,
      messageEn: body.messageEn ?? body.message ?? fallback.messageEn,
      requestId: body.requestId ?? fallback.requestId,
      details: body.details,
    });
  } catch {
    // A proxy or crash page is not JSON; keep the status so the user still sees something useful.
    return new ApiError(fallback);
  }
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: "POST", body }),
  patch: <T>(path: string, body: unknown, headers?: Record<string, string>) =>
    apiRequest<T>(path, { method: "PATCH", body, headers }),
};

/** `?a=1&b=2` from the defined, non-empty values (an empty object gives ""). */
export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The If-Match header of a write based on this version of the record. */
export const ifMatch = (version: number) => ({ "If-Match": `"${version}"` });
