import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../errors/app-error";
import { BODY_LIMIT_BYTES } from "../config/settings";
import { servesWebApp } from "./web-app";

/** Turns any thrown error into the one response shape; clients never see a stack, SQL or a path. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error, code: appError.code }, "request failed");
    else request.log.info({ code: appError.code }, "request refused");
    return sendError(reply, request, appError);
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === "GET" && !request.url.startsWith("/api/") && servesWebApp(app)) {
      return reply.type("text/html").sendFile("index.html");
    }
    return sendError(reply, request, new AppError("NOT_FOUND", { what: "该页面或接口", whatEn: "Route" }));
  });
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  return reply
    .status(error.status)
    .header("cache-control", "no-store")
    .send({
      code: error.code,
      message: error.messageZh,
      messageEn: error.messageEn,
      requestId: request.id,
      ...(error.details === undefined ? {} : { details: error.details }),
    });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      path: issue.instancePath || "/",
      message: issue.message,
    }));
    const reason = issues.map((issue) => `${issue.path} ${issue.message}`).join("；");
    return new AppError("VALIDATION_FAILED", { reason }, { details: issues });
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("BODY_TOO_LARGE", { limit: `${BODY_LIMIT_BYTES / 1024 / 1024} MiB` });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("UNSUPPORTED_MEDIA_TYPE");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("BAD_REQUEST", { reason: "JSON 格式错误 / malformed JSON" });
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new AppError("BAD_REQUEST", { reason: "JSON 格式错误 / malformed JSON" });
  }
  if (error.statusCode === 413) return new AppError("BODY_TOO_LARGE", { limit: `${BODY_LIMIT_BYTES / 1024 / 1024} MiB` });
  if (error.statusCode === 415) return new AppError("UNSUPPORTED_MEDIA_TYPE");
  return new AppError("INTERNAL", {}, { cause: error });
}
