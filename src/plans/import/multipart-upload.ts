import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { AppError } from "../../errors/app-error";
import { PLAN_FILE_MAX_BYTES } from "../plan.schemas";

/** Upload limits of the plan import routes (registered with @fastify/multipart in the plan routes' scope). */
export const PLAN_UPLOAD_LIMITS = {
  fileSize: PLAN_FILE_MAX_BYTES,
  files: 1,
  fields: 10,
  /** The confirm payload carries every edited row; 3,000 rows of text fit well within this. */
  fieldSize: 8 * 1024 * 1024,
  parts: 12,
} as const;

export interface PlanUploadParts {
  fileName: string;
  bytes: Uint8Array;
  fields: Record<string, string>;
}

const MAX_FILE_NAME = 200;

/** Reads a multipart upload with exactly one file (`file`) and text fields; size failures are 413 with a Chinese message. */
export async function readPlanUpload(request: FastifyRequest): Promise<PlanUploadParts> {
  if (!request.isMultipart()) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", {}, { details: { expected: "multipart/form-data" } });
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Uint8Array } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const bytes = await part.toBuffer();
        if (part.fieldname !== "file" || file) continue;
        file = { fileName: safeFileName(part.filename), bytes: new Uint8Array(bytes) };
      } else if (typeof part.value === "string") {
        if (part.valueTruncated) throw tooLarge();
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw uploadError(error);
  }
  if (!file) {
    throw new AppError("VALIDATION_FAILED", { reason: "请选择要上传的规划文件（file）", reasonEn: "no file uploaded (field file)" });
  }
  return { ...file, fields };
}

/** Validates a JSON text field with a zod schema; failures are 400 like any other request body. */
export function parseJsonField<T extends z.ZodType>(schema: T, text: string | undefined, field: string): z.output<T> {
  if (text === undefined) {
    throw new AppError("VALIDATION_FAILED", { reason: `缺少字段 ${field}`, reasonEn: `missing field ${field}` });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { reason: `字段 ${field} 不是合法的 JSON / field ${field} is not valid JSON` });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: `/${field}/${issue.path.join("/")}`, message: issue.message }));
    const reason = issues.map((issue) => `${issue.path} ${issue.message}`).join("；");
    throw new AppError("VALIDATION_FAILED", { reason }, { details: issues });
  }
  return result.data;
}

function tooLarge(): AppError {
  const limit = `${PLAN_FILE_MAX_BYTES / 1024 / 1024} MB`;
  return new AppError("PLAN_FILE_TOO_LARGE", {
    reason: `文件过大（上限 ${limit}）`,
    reasonEn: `The file is too large (limit ${limit})`,
  });
}

function uploadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "FST_REQ_FILE_TOO_LARGE") return tooLarge();
  if (code === "FST_FILES_LIMIT") {
    return new AppError("VALIDATION_FAILED", { reason: "一次只能上传一个文件", reasonEn: "upload one file at a time" });
  }
  if (code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
    return new AppError("BAD_REQUEST", { reason: "上传内容的字段过多 / too many form fields" });
  }
  return new AppError("BAD_REQUEST", { reason: "上传内容不完整或格式错误 / malformed upload" }, { cause: error });
}

/** Keeps the base name only, without control characters, and short enough for a header. */
function safeFileName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-MAX_FILE_NAME);
  return clean || "plan.txt";
}
