import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { PlanParseError, parsePlanDocument } from "../../plans/extraction/index";

/** `xiaokang parse FILE --json`: prints the PlanExtraction (plus warnings) of one document. */
export function registerParseCommand(program: Command): void {
  program
    .command("parse")
    .description("解析规划文件并输出 JSON / parse a plan document and print its PlanExtraction")
    .argument("<file>", ".txt, .docx or .xlsx plan document")
    .option("--json", "print JSON (default)")
    .option("--plan-year <year>", "year for month-only dates / 月份所属年度")
    .action(async (file: string, options: { planYear?: string }) => {
      const bytes = new Uint8Array(await readFile(file));
      const planYear = options.planYear ? Number(options.planYear) : undefined;
      try {
        const result = await parsePlanDocument(bytes, basename(file), planYear ? { planYear } : {});
        process.stdout.write(`${JSON.stringify({ ...result.extraction, warnings: result.warnings }, null, 2)}\n`);
      } catch (error) {
        if (!(error instanceof PlanParseError)) throw error;
        process.stderr.write(`错误 / Error [${error.code}]: ${error.message} / ${error.messageEn}\n`);
        process.exitCode = 2;
      }
    });
}
