import type { Command } from "commander";
import { verifyAuditChain } from "../../audit/audit.repository";
import { openRuntime } from "../../runtime/runtime";

export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("审计日志 / audit trail");
  audit
    .command("verify")
    .description("校验审计日志哈希链；发现篡改或缺失时以非零状态退出 / verify the hash chain; exits non-zero on the first altered or missing event")
    .option("--data <dir>", "PGlite data directory")
    .action(async (options: { data?: string }) => {
      const runtime = await openRuntime(options.data ? { dataDir: options.data } : {});
      try {
        const result = await verifyAuditChain(runtime.handle.db, runtime.secretKey);
        if (result.break) {
          const what = result.break.reason === "missing" ? "缺失 / missing" : "被篡改 / altered";
          process.stderr.write(`审计日志第 ${result.break.seq} 条${what}（此前 ${result.checked} 条完好）/ audit event ${result.break.seq} ${result.break.reason}\n`);
          process.exitCode = 2;
          return;
        }
        process.stdout.write(`审计日志完好 / audit chain intact: ${result.checked} events\n`);
      } finally {
        await runtime.handle.close();
      }
    });
}
