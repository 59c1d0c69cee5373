import { Command } from "commander";
import { registerCommands } from "./commands/index";
import { AppError } from "../errors/app-error";

const program = new Command();
program
  .name("xiaokang")
  .description("小康：残疾人事业发展规划实施监测系统 / Xiaokang plan implementation and monitoring")
  .showHelpAfterError();

await registerCommands(program, process.argv[2]);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message =
    error instanceof AppError ? `${error.messageZh}\n  ${error.messageEn}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`错误 / Error: ${message}\n`);
  process.exitCode = process.exitCode || 1;
}
