import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { appendAuditEvent, verifyAuditChain } from "../../audit/audit.repository";
import { createBackup, restoreBackup } from "../../db/backup";
import { openRuntime } from "../../runtime/runtime";

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .description("把全部数据备份到文件 / write a backup of all data to FILE")
    .argument("<file>", "backup file to write (.json.gz)")
    .option("--data <dir>", "PGlite data directory")
    .action(async (file: string, options: { data?: string }) => {
      // The owner reads the migration journal too, which the application role cannot see.
      const runtime = await openRuntime({ ...(options.data ? { dataDir: options.data } : {}), asOwner: true });
      try {
        const bytes = await createBackup(runtime.handle);
        writeFileSync(file, bytes, { mode: 0o600 });
        await runtime.handle.db.transaction((tx) =>
          appendAuditEvent(tx, runtime.secretKey, { ts: new Date(), actorName: "cli", action: "system.backup", outcome: "success", detail: { bytes: bytes.length } }),
        );
        process.stdout.write(`备份完成 / backup written: ${file} (${bytes.length} bytes)\n`);
      } finally {
        await runtime.handle.close();
      }
    });

  program
    .command("restore")
    .description("用备份文件替换全部数据（原子操作）/ replace all data with a backup (atomic)")
    .argument("<file>", "backup file written by `xiaokang backup`")
    .option("--data <dir>", "PGlite data directory")
    .action(async (file: string, options: { data?: string }) => {
      const bytes = readFileSync(file);
      const runtime = await openRuntime({ ...(options.data ? { dataDir: options.data } : {}), asOwner: true });
      try {
        const result = await restoreBackup(runtime.handle, bytes);
        const chain = await verifyAuditChain(runtime.handle.db, runtime.secretKey);
        await runtime.handle.db.transaction((tx) =>
          appendAuditEvent(tx, runtime.secretKey, { ts: new Date(), actorName: "cli", action: "system.restore", outcome: "success", detail: { ...result, chainIntact: chain.break === null } }),
        );
        process.stdout.write(`恢复完成 / restored ${result.rows} rows in ${result.tables} tables\n`);
        if (chain.break) process.stderr.write(`警告：备份中的审计日志第 ${chain.break.seq} 条无法校验（密钥不同？）/ warning: audit chain does not verify at ${chain.break.seq}\n`);
      } finally {
        await runtime.handle.close();
      }
    });
}
