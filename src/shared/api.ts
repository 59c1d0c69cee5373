import { z } from "zod";
import { ROLES } from "./roles";

/** Request and response schemas shared by the server and the web app. Limits are defined once here. */

export const regionCodeSchema = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, "区划代码应为 6、9 或 12 位数字 / region code must be 6, 9 or 12 digits");

export const REGION_LEVELS = ["country", "province", "prefecture", "county", "town", "village"] as const;
export const regionLevelSchema = z.enum(REGION_LEVELS);

export const regionSchema = z.object({
  code: regionCodeSchema,
  name: z.string(),
  level: regionLevelSchema,
  parentCode: regionCodeSchema.nullable(),
  isDemo: z.boolean(),
});
export type RegionDto = z.infer<typeof regionSchema>;

export const regionCreateSchema = z.strictObject({
  code: regionCodeSchema,
  name: z.string().trim().min(1).max(60),
  level: regionLevelSchema,
  parentCode: regionCodeSchema.nullable(),
});
export const regionUpdateSchema = z.strictObject({
  name: z.string().trim().min(1).max(60).optional(),
  parentCode: regionCodeSchema.nullable().optional(),
});

export const UNIT_KINDS = ["department", "government", "group", "enterprise", "organisation"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);

export const unitSchema = z.object({
  id: z.string(),
  regionCode: regionCodeSchema,
  name: z.string(),
  kind: unitKindSchema,
  aliases: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
});
export type UnitDto = z.infer<typeof unitSchema>;

const unitName = z.string().trim().min(1).max(80);
export const unitCreateSchema = z.strictObject({
  regionCode: regionCodeSchema,
  name: unitName,
  kind: unitKindSchema,
  aliases: z.array(unitName).max(50).default([]),
});
export const unitUpdateSchema = z.strictObject({
  name: unitName.optional(),
  kind: unitKindSchema.optional(),
  aliases: z.array(unitName).max(50).optional(),
  active: z.boolean().optional(),
});

export const roleSchema = z.enum(ROLES);

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  regionCode: regionCodeSchema,
  unitId: z.string().nullable(),
  planId: z.string().nullable(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  /** Whether an authenticator app is bound (only roles that need a second factor ever have one). */
  secondFactorEnrolled: z.boolean(),
});
export type UserDto = z.infer<typeof userSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-zA-Z0-9_.-]+$/, "用户名只能包含字母、数字、下划线、点和连字符 / letters, digits, _ . - only");

export const passwordSchema = z.string().min(1).max(128);

export const userCreateSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(40),
  regionCode: regionCodeSchema,
  unitId: z.string().nullable().default(null),
  /** An evaluator's one plan; null: every plan of the region subtree. */
  planId: z.uuid().nullable().default(null),
  roles: z.array(roleSchema).min(1).max(3),
  password: passwordSchema,
});
export const userUpdateSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(40).optional(),
  unitId: z.string().nullable().optional(),
  planId: z.uuid().nullable().optional(),
  roles: z.array(roleSchema).min(1).max(3).optional(),
  active: z.boolean().optional(),
  /** Forget the account's authenticator (a lost phone): the next login enrols a new one. */
  resetSecondFactor: z.literal(true).optional(),
});

export const loginSchema = z.strictObject({
  username: z.string().max(80),
  password: passwordSchema,
  /** The 6-digit TOTP code, for the roles that need a second factor. */
  otp: z.string().regex(/^\d{6}$/).optional(),
});
export const changePasswordSchema = z.strictObject({ currentPassword: passwordSchema, newPassword: passwordSchema });

export const sessionUserSchema = userSchema.extend({
  regionName: z.string(),
  unitName: z.string().nullable(),
});
export type SessionUserDto = z.infer<typeof sessionUserSchema>;

/** Every error response has this shape; `message` is Chinese, `messageEn` English. */
export const errorResponseSchema = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  requestId: z.string(),
  details: z.unknown().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
