import type { Command } from "commander";
import { openRuntime } from "../../runtime/runtime";
import { countUsers } from "../../users/user.service";
import { loadDemo } from "../../demo/load-demo";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("向空数据库加载演示数据 / load the demo data into an empty database")
    .option("--data <dir>", "PGlite data directory")
    .action(async (options: { data?: string }) => {
      const runtime = await openRuntime(options.data ? { dataDir: options.data } : {});
      try {
        if ((await countUsers(runtime.handle.db)) > 0) {
          process.stdout.write("数据库中已有账户，未加载演示数据 / accounts already exist; demo not loaded\n");
          return;
        }
        await loadDemo(runtime, (line) => process.stdout.write(`${line}\n`));
      } finally {
        await runtime.handle.close();
      }
    });
}
