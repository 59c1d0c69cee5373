import { randomUUID } from "node:crypto";
import { appendAuditEvent } from "../audit/audit.repository";
import type { Runtime } from "../runtime/runtime";
import type { RequestAuditInput } from "../server/audit-request";
import { findUnitByName, insertUnit } from "../units/unit.repository";
import { createUser } from "../users/user.service";
import { DEMO_ACCOUNTS, randomPassword } from "./demo-accounts";
import { loadDemoPlans } from "./demo-plans";

/**
 * Loads the demo on an empty database: the seed plans (through the importer, when present), their
 * units, and one account per role with a random password that must be changed at first login.
 */
export async function loadDemo(runtime: Runtime, print: (line: string) => void): Promise<void> {
  const { db } = runtime.handle;
  const now = new Date();
  await loadDemoPlans(runtime, print);
  const lines: string[] = [];
  await db.transaction(async (tx) => {
    const record = (input: RequestAuditInput) =>
      appendAuditEvent(tx, runtime.secretKey, { ...input, ts: now, actorName: "demo", requestId: "demo" }).then(() => undefined);
    for (const account of DEMO_ACCOUNTS) {
      let unitId: string | null = null;
      if (account.unitName) {
        const unit =
          (await findUnitByName(tx, account.regionCode, account.unitName)) ??
          (await insertUnit(tx, { id: randomUUID(), regionCode: account.regionCode, name: account.unitName, kind: "department", aliases: [], updatedAt: now }));
        unitId = unit.id;
      }
      const password = randomPassword();
      await createUser(tx, { ...account, unitId, password, mustChangePassword: true }, record);
      lines.push(`  ${account.username.padEnd(16)} ${password}   ${account.displayName}`);
    }
  });
  print("");
  print("演示账户（密码只显示这一次，首次登录后须修改）/ Demo accounts (passwords are shown only once; change at first login):");
  for (const line of lines) print(line);
  print("系统、安全、审计管理员首次登录时须用身份验证器应用扫码绑定动态验证码 / The three administrators bind an authenticator app (TOTP) at first login.");
  print("");
}
