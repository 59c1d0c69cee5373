import { Command } from "commander";
import { registerCommands } from "./commands/index";

const program = new Command();
program
  .name("xiaokang")
  .description("小康：残疾人事业发展规划实施监测系统 / Xiaokang plan implementation and monitoring")
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`错误 / Error: ${message}\n`);
  process.exitCode = process.exitCode || 1;
}
