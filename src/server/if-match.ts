import type { FastifyRequest } from "fastify";
import { AppError } from "../errors/app-error";

/** Reads the version a write was based on from If-Match ("7", W/"7" or 7); without it the write is refused (428). */
export function requireIfMatchVersion(request: FastifyRequest): number {
  const header = request.headers["if-match"];
  if (header === undefined || header === "") throw new AppError("VERSION_REQUIRED");
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match) throw new AppError("BAD_REQUEST", { reason: "If-Match 应为记录版本号 / If-Match must be the record version" });
  return Number(match[1]);
}

export function versionConflict(by: string | null, at: Date | null): AppError {
  return new AppError("VERSION_CONFLICT", {
    by: by ?? "其他用户",
    at: at ? at.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "—",
  });
}
