import type { Command } from "commander";

export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("解析规划文件并输出 JSON / parse a plan document and print its PlanExtraction")
    .argument("<file>", ".txt, .docx or .xlsx plan document")
    .option("--json", "print JSON (default)")
    .action(() => {
      throw new Error("not implemented yet");
    });
}
