/** An error response from the API, carrying the server's stable code and both messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string;
  readonly requestId: string;

  constructor(init: { status: number; code: string; message: string; messageEn: string; requestId: string }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.messageEn = init.messageEn;
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
