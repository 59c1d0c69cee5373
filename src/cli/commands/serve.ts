import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { IpLoginThrottle } from "../../auth/login-throttle";
import { systemClock } from "../../config/clock";
import { buildApp } from "../../server/app";
import { openRuntime } from "../../runtime/runtime";
import { countUsers } from "../../users/user.service";
import { loadDemo } from "../../demo/load-demo";
import { issueBootstrapToken } from "../../users/bootstrap";

const WEB_ROOT = fileURLToPath(new URL("../../../dist/web", import.meta.url));

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("启动服务 / start the web server (API and web app)")
    .option("--port <port>", "port to listen on", (value) => Number(value), 3000)
    .option("--host <host>", "address to listen on", "0.0.0.0")
    .option("--data <dir>", "PGlite data directory (default ./data or XIAOKANG_DATA)")
    .option("--demo", "on first start, load the demo data and print the demo accounts")
    .action(async (options: { port: number; host: string; data?: string; demo?: boolean }) => {
      const started = Date.now();
      const runtime = await openRuntime(options.data ? { dataDir: options.data } : {});
      const { handle, config, secretKey } = runtime;
      const db = handle.db;
      if ((await countUsers(db)) === 0) {
        if (options.demo) await loadDemo(runtime, (line) => process.stdout.write(`${line}\n`));
        else {
          const token = await issueBootstrapToken(db, secretKey, systemClock);
          process.stdout.write(
            [
              "",
              "尚无任何账户。请用以下任一方式创建第一个系统管理员 / No account yet. Create the first system administrator:",
              "  bin/xiaokang user add --role system-admin --username <name> --region 000000",
              `  或在 ${config.port} 端口调用 POST /api/public/bootstrap，一次性令牌 / or the one-time bootstrap token: ${token}`,
              "",
            ].join("\n"),
          );
        }
      }
      const app = await buildApp(
        {
          db,
          dbKind: handle.kind,
          clock: systemClock,
          secretKey,
          secureCookies: config.secureCookies,
          throttle: new IpLoginThrottle(systemClock),
          webRoot: WEB_ROOT,
        },
        { logger: process.env.XIAOKANG_LOG === "true", trustProxy: config.trustProxy },
      );
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        process.stdout.write(`收到 ${signal}，正在关闭 / ${signal} received, shutting down\n`);
        try {
          await app.close();
          await handle.close();
          process.exit(0);
        } catch (error) {
          process.stderr.write(`关闭时出错 / error while shutting down: ${(error as Error).message}\n`);
          process.exit(1);
        }
      };
      process.on("SIGINT", () => void shutdown("SIGINT"));
      process.on("SIGTERM", () => void shutdown("SIGTERM"));
      await app.listen({ port: options.port, host: options.host });
      const where = handle.kind === "pglite" ? `PGlite ${config.dataDir}（演示/单机模式，生产环境请用 PostgreSQL）` : "PostgreSQL";
      process.stdout.write(
        `小康已启动 / Xiaokang is running: http://localhost:${options.port}  (${where}; ${Date.now() - started} ms)\n`,
      );
    });
}
