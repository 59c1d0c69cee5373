/** An error response from the API, carrying the server's stable code and both messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string;
  readonly requestId: string;
  /** What some errors carry for the client (field problems, the enrolment secret of a second factor). */
  readonly details: unknown;

  constructor(init: { status: number; code: string; message: string; messageEn: string; requestId: string; details?: unknown }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.messageEn = init.messageEn;
    this.requestId = init.requestId;
    this.details = init.details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
