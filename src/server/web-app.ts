import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors/app-error";
import { sendError } from "./error-handler";

/** Serves the built web app; any non-API path falls back to index.html so client-side routes load. */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, "index.html"))) {
    app.log.warn({ webRoot }, "web app not built; run npm run build");
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, prefix: "/", wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || request.method !== "GET") {
      return sendError(reply, request, new AppError("NOT_FOUND", { what: "该页面或接口", whatEn: "Route" }));
    }
    return reply.type("text/html").sendFile("index.html");
  });
}
