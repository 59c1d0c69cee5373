import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web app; unknown non-API GET paths fall back to index.html (see the not-found handler). */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, "index.html"))) {
    app.log.warn({ webRoot }, "web app not built; run npm run build");
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, prefix: "/", wildcard: false, index: ["index.html"] });
  spaRoots.add(app);
}

const spaRoots = new WeakSet<FastifyInstance>();

/** True when unknown GET paths should load the web app (client-side routes) rather than answer 404. */
export function servesWebApp(app: FastifyInstance): boolean {
  return spaRoots.has(app);
}
