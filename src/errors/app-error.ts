import { ERROR_CATALOG, type ErrorCode } from "./catalog";

export type ErrorParams = Record<string, string | number | null | undefined>;

/** The one error type of the system: a stable code, parameters for its message, optional details for the client. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: unknown;

  constructor(code: ErrorCode, params: ErrorParams = {}, options: { cause?: unknown; details?: unknown } = {}) {
    super(formatMessage(ERROR_CATALOG[code].en, params), { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.params = params;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }

  get messageZh(): string {
    return formatMessage(ERROR_CATALOG[this.code].zh, this.params);
  }

  get messageEn(): string {
    return formatMessage(ERROR_CATALOG[this.code].en, this.params);
  }
}

function formatMessage(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key] ?? params[key.replace(/En$/, "")];
    return value === undefined || value === null ? "—" : String(value);
  });
}

export function notFound(what: string, whatEn: string): AppError {
  return new AppError("NOT_FOUND", { what, whatEn });
}
