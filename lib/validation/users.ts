import { z } from "@/lib/validation/zod";
import { ROLES } from "@/lib/auth/actor";
import { idSchema, singleLineText } from "@/lib/validation/primitives";

// Users and their role membership: the zod schemas shared by the forms, the actions and /api/v1.

export const roleSchema = z.enum(ROLES);
/** The roles a city admin may give, always within its own city. */
export const CITY_GRANTABLE_ROLES = ["CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const;

const versionSchema = z.coerce.number().int().min(1);
const optionalId = idSchema.nullish();
const booleanParam = z.union([z.boolean(), z.stringbool()]);

/** At least 10 characters with letters and digits. */
export const passwordSchema = z
  .string()
  .min(10, "密码至少 10 位")
  .max(128)
  .regex(/[A-Za-z]/, "密码须包含字母")
  .regex(/\d/, "密码须包含数字");

const membershipFields = {
  role: roleSchema,
  provinceId: optionalId,
  cityId: optionalId,
  departmentId: optionalId,
};

export const createUserInput = z.object({
  email: singleLineText().toLowerCase().max(200).pipe(z.email("请填写有效的邮箱")),
  name: singleLineText().min(1, "请填写姓名").max(50),
  phone: singleLineText().max(30).nullish(),
  ...membershipFields,
});
export type CreateUserInput = z.input<typeof createUserInput>;

/** Name and role with its scope are required; the scope is replaced as given (this moves a liaison). */
export const updateUserInput = z.object({
  id: idSchema,
  version: versionSchema,
  name: singleLineText().min(1, "请填写姓名").max(50),
  phone: singleLineText().max(30).nullish(),
  ...membershipFields,
});
export type UpdateUserInput = z.input<typeof updateUserInput>;

export const userVersionInput = z.object({ id: idSchema, version: versionSchema });
export type UserVersionInput = z.input<typeof userVersionInput>;

export const changeOwnPasswordInput = z.object({
  currentPassword: z.string().min(1, "请填写当前密码").max(128),
  newPassword: passwordSchema,
});
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordInput>;

export const signOutEverywhereInput = z.object({}).strict();

export const listUsersQuery = z.object({
  q: singleLineText().max(100).optional(),
  role: roleSchema.optional(),
  cityId: idSchema.optional(),
  includeInactive: booleanParam.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListUsersParams = z.input<typeof listUsersQuery>;

export const userRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable().describe("ISO 8601"),
  lockedUntil: z.string().nullable().describe("ISO 8601"),
  version: z.number().int(),
  role: roleSchema,
  provinceId: z.string().nullable(),
  provinceName: z.string().nullable(),
  cityId: z.string().nullable(),
  cityName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
});
export type UserRow = z.infer<typeof userRowSchema>;

export const createUserResultSchema = z.object({
  user: userRowSchema,
  initialPassword: z.string().describe("只显示这一次"),
});
