import { idSchema, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// API tokens for other systems: created and revoked by a city admin in the console only.

export const TOKEN_ROLES = ["CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const;
export const tokenRoleSchema = z.enum(TOKEN_ROLES);

export const createApiTokenInput = z.object({
  name: singleLineText().min(1, "请填写令牌名称").max(100),
  role: tokenRoleSchema,
  departmentId: singleLineText().max(64).nullish(),
  expiresInDays: z.coerce.number().int().min(1, "有效期至少 1 天").max(365, "有效期最长 365 天"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.object({ id: idSchema });
export type RevokeApiTokenInput = z.input<typeof revokeApiTokenInput>;

export const apiTokenRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  role: tokenRoleSchema,
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  expiresAt: z.string().describe("ISO 8601"),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type ApiTokenRow = z.infer<typeof apiTokenRowSchema>;
