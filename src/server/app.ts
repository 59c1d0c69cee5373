import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { BODY_LIMIT_BYTES } from "../config/settings";
import { APP_VERSION } from "../config/version";
import type { AppContext, RegisteredRoute } from "./context";
import { installAuthentication } from "./authenticate";
import { installErrorHandler } from "./error-handler";
import { installSecurity } from "./security";
import { registerRoutes } from "./routes";
import { serveWebApp } from "./web-app";

export interface BuildOptions {
  logger?: boolean;
  trustProxy?: boolean;
}

/** Builds the HTTP application: API under /api (OpenAPI at /api/docs), the built web app elsewhere. */
export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "info", redact: ["req.headers.cookie", "req.headers.authorization"] } : false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => randomUUID().replaceAll("-", "").slice(0, 16),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate("ctx", ctx);
  const routes: RegisteredRoute[] = [];
  app.decorate("registeredRoutes", routes);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, policy: route.config?.policy });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only (plus multipart where a route registers it): anything else is 415.
  app.removeContentTypeParser("text/plain");
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  installErrorHandler(app);
  await installSecurity(app, { secure: ctx.secureCookies });
  await app.register(cookie);
  installAuthentication(app);
  await app.register(swagger, {
    openapi: {
      info: { title: "小康 Xiaokang API", version: APP_VERSION, description: "残疾人事业发展规划实施监测系统接口" },
    },
    transform: jsonSchemaTransform,
  });
  await registerRoutes(app);
  if (ctx.webRoot) await serveWebApp(app, ctx.webRoot);
  return app;
}
