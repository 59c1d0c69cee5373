import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Clock } from "../config/clock";
import type { DbOrTx } from "../db/client";
import { bootstrapTokens } from "../db/schema/index";
import { AppError } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { passwordSchema, userSchema, usernameSchema } from "../shared/api";
import { countUsers, createUser, presentUser } from "./user.service";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A one-time token, printed at first start, that lets the first system administrator be created. */
export async function issueBootstrapToken(db: DbOrTx, _key: Buffer, clock: Clock): Promise<string> {
  const token = randomBytes(18).toString("base64url");
  await db.insert(bootstrapTokens).values({ tokenHash: hashToken(token), createdAt: clock.now() });
  return token;
}

export function registerBootstrapRoute(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    "/api/public/bootstrap",
    {
      config: policy({ permission: "public", scope: "none" }),
      schema: {
        tags: ["auth"],
        summary: "用一次性令牌创建第一个系统管理员",
        body: z.strictObject({ token: z.string().max(100), username: usernameSchema, displayName: z.string().trim().min(1).max(40), password: passwordSchema }),
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const row = await writeTransaction(request, async (tx, record) => {
        const used = await tx
          .update(bootstrapTokens)
          .set({ usedAt: request.server.ctx.clock.now() })
          .where(and(eq(bootstrapTokens.tokenHash, hashToken(body.token)), isNull(bootstrapTokens.usedAt)))
          .returning();
        if (used.length === 0 || (await countUsers(tx)) > 0) {
          await record({ action: "auth.bootstrap", outcome: "denied" });
          throw new AppError("FORBIDDEN");
        }
        return createUser(
          tx,
          { username: body.username, displayName: body.displayName, regionCode: "000000", unitId: null, roles: ["system-admin"], password: body.password, mustChangePassword: false, now: request.server.ctx.clock.now() },
          record,
        );
      });
      return reply.status(201).send(presentUser(row));
    },
  );
}
