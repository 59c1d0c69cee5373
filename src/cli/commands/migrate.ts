import type { Command } from "commander";
import { openRuntime } from "../../runtime/runtime";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("执行数据库迁移 / apply database migrations (PGlite, or PostgreSQL via DATABASE_URL)")
    .option("--data <dir>", "PGlite data directory")
    .action(async (options: { data?: string }) => {
      const runtime = await openRuntime(options.data ? { dataDir: options.data } : {});
      await runtime.handle.close();
      process.stdout.write(`迁移完成 / migrations applied (${runtime.handle.kind})\n`);
    });
}
