import { z } from "@/lib/validation/zod";
import { ROLES } from "@/lib/auth/actor";
import { apiTokenRowSchema, createApiTokenInput } from "@/lib/validation/api-tokens";
import { listAuditQuery, auditEntrySchema } from "@/lib/validation/audit";
import { createDepartmentInput, departmentRowSchema, listDepartmentsQuery, updateDepartmentInput } from "@/lib/validation/departments";
import { createUserInput, createUserResultSchema, listUsersQuery, updateUserInput, userRowSchema } from "@/lib/validation/users";
import { pagingSchema } from "../paging";
import type { ApiRouteDoc } from "./types";

// The administration part of /api/v1: the same zod schemas the use cases validate with.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const versionBody = z.object({ version: z.number().int().min(1).describe("调用方读取到的版本号") });

const meSchema = z.object({
  id: z.string(),
  label: z.string(),
  role: z.enum(ROLES),
  provinceId: z.string().nullable(),
  cityId: z.string().nullable(),
  departmentId: z.string().nullable(),
});

const cityRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  provinceId: z.string(),
  provinceName: z.string(),
  departmentCount: z.number().int(),
});

export const adminRoutes: ApiRouteDoc[] = [
  { method: "get", path: "/api/v1/me", summary: "当前身份 (the acting user or token)", tags: ["admin"], query: z.object({}), response: meSchema },
  { method: "get", path: "/api/v1/cities", summary: "城市列表 (cities in scope)", tags: ["admin"], query: pagingSchema, response: listOf(cityRowSchema) },
  {
    method: "get",
    path: "/api/v1/departments",
    summary: "责任单位列表 (departments)",
    tags: ["departments"],
    query: listDepartmentsQuery,
    response: listOf(departmentRowSchema),
  },
  {
    method: "post",
    path: "/api/v1/departments",
    summary: "新增责任单位 (create a department in the admin's city)",
    tags: ["departments"],
    body: createDepartmentInput,
    response: departmentRowSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/departments/{id}",
    summary: "责任单位详情 (a department)",
    tags: ["departments"],
    query: z.object({}),
    response: departmentRowSchema,
  },
  {
    method: "patch",
    path: "/api/v1/departments/{id}",
    summary: "修改责任单位 (update; omitted fields keep their values)",
    tags: ["departments"],
    body: updateDepartmentInput.omit({ id: true }),
    response: departmentRowSchema,
  },
  {
    method: "delete",
    path: "/api/v1/departments/{id}",
    summary: "删除责任单位（软删除）(soft delete)",
    tags: ["departments"],
    query: z.object({ version: z.coerce.number().int().min(1).describe("调用方读取到的版本号") }),
    response: departmentRowSchema,
  },
  { method: "get", path: "/api/v1/users", summary: "用户列表 (users)", tags: ["users"], query: listUsersQuery, response: listOf(userRowSchema) },
  {
    method: "post",
    path: "/api/v1/users",
    summary: "新增用户，返回一次性初始密码 (create; the initial password is returned once)",
    tags: ["users"],
    body: createUserInput,
    response: createUserResultSchema,
    status: 201,
  },
  { method: "get", path: "/api/v1/users/{id}", summary: "用户详情 (a user)", tags: ["users"], query: z.object({}), response: userRowSchema },
  {
    method: "patch",
    path: "/api/v1/users/{id}",
    summary: "修改用户及其角色范围 (update name, role and scope)",
    tags: ["users"],
    body: updateUserInput.omit({ id: true }),
    response: userRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/users/{id}/deactivate",
    summary: "停用用户 (deactivate; history is kept)",
    tags: ["users"],
    body: versionBody,
    response: userRowSchema,
  },
  {
    method: "get",
    path: "/api/v1/tokens",
    summary: "API 令牌列表 (the city's tokens, newest first; signed-in city admin only, never a token)",
    tags: ["tokens"],
    query: pagingSchema,
    response: listOf(apiTokenRowSchema),
  },
  {
    method: "post",
    path: "/api/v1/tokens",
    summary: "新建 API 令牌 (the secret is in `token`, shown this once; signed-in city admin only)",
    tags: ["tokens"],
    body: createApiTokenInput,
    response: apiTokenRowSchema.extend({ token: z.string().describe("令牌明文，仅此一次") }),
    status: 201,
  },
  {
    method: "delete",
    path: "/api/v1/tokens/{id}",
    summary: "撤销 API 令牌 (revoke at once; it stays listed)",
    tags: ["tokens"],
    query: z.object({}),
    response: apiTokenRowSchema,
  },
  {
    method: "get",
    path: "/api/v1/audit-log",
    summary: "审计日志 (audit log, newest first)",
    tags: ["audit"],
    query: listAuditQuery,
    response: listOf(auditEntrySchema),
  },
];
