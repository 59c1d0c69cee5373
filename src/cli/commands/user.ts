import { randomUUID } from "node:crypto";
import type { Command } from "commander";
import { appendAuditEvent } from "../../audit/audit.repository";
import { openRuntime } from "../../runtime/runtime";
import { createUser } from "../../users/user.service";
import { randomPassword } from "../../demo/demo-accounts";
import { ROLES, type Role } from "../../shared/roles";

export function registerUserCommand(program: Command): void {
  const user = program.command("user").description("账户管理 / manage accounts");
  user
    .command("add")
    .description("创建账户（首次登录须修改密码）/ create an account (password must be changed at first login)")
    .requiredOption("--username <name>", "login name")
    .requiredOption("--role <role...>", `one or more of: ${ROLES.join(", ")}`)
    .option("--name <displayName>", "display name (defaults to the username)")
    .option("--region <code>", "region code (6, 9 or 12 digits)", "000000")
    .option("--unit <unitId>", "unit id (for a unit liaison)")
    .option("--plan <planId>", "the one plan an evaluator may read (for a third-party evaluator)")
    .option("--password-stdin", "read the initial password from standard input instead of generating one")
    .option("--data <dir>", "PGlite data directory")
    .action(async (options: { username: string; role: string[]; name?: string; region: string; unit?: string; plan?: string; passwordStdin?: boolean; data?: string }) => {
      const roles = options.role.flatMap((role) => role.split(",")).map((role) => role.trim());
      const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
      if (unknown.length) throw new Error(`未知角色 / unknown role: ${unknown.join(", ")} (${ROLES.join(", ")})`);
      const password = options.passwordStdin ? (await readStdin()).trim() : randomPassword();
      const runtime = await openRuntime(options.data ? { dataDir: options.data } : {});
      try {
        const requestId = randomUUID().slice(0, 16);
        await runtime.handle.db.transaction((tx) =>
          createUser(
            tx,
            {
              username: options.username,
              displayName: options.name ?? options.username,
              regionCode: options.region,
              unitId: options.unit ?? null,
              planId: options.plan ?? null,
              roles: roles as Role[],
              password,
              mustChangePassword: true,
            },
            (input) =>
              appendAuditEvent(tx, runtime.secretKey, { ...input, ts: new Date(), actorName: "cli", actorRole: "cli", requestId }).then(() => undefined),
          ),
        );
      } finally {
        await runtime.handle.close();
      }
      process.stdout.write(`已创建账户 / account created: ${options.username}\n`);
      if (!options.passwordStdin) process.stdout.write(`初始密码（只显示一次）/ initial password (shown once): ${password}\n`);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
