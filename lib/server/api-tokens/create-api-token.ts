import { forbidden, invalidInput, notFound } from "@/lib/errors";
import { generateToken, hashToken } from "@/lib/server/auth/authenticate-token";
import { defineUseCase } from "@/lib/server/use-case";
import { createApiTokenInput } from "@/lib/validation/api-tokens";
import { apiTokenRowInclude, toApiTokenRow } from "./api-token-row";

const DAY_MS = 24 * 60 * 60 * 1000;
/** "cw_" and 8 characters: enough to tell tokens apart, far too little to guess one. */
const PREFIX_LENGTH = 11;

/** A token for another system, scoped to the admin's city; the plaintext is returned this once only. */
export const createApiToken = defineUseCase({
  name: "api-token.create",
  permission: "manage:token",
  input: createApiTokenInput,
  run: async ({ tx, actor, input, audit }) => {
    // A token belongs to the person who made it; a token cannot mint further tokens.
    if (actor.kind !== "user" || !actor.cityId) throw forbidden("只有登录用户可以创建 API 令牌。");
    let departmentId: string | null = null;
    if (input.role === "DEPARTMENT_LIAISON") {
      if (!input.departmentId) throw invalidInput({ departmentId: ["联络员令牌须指定单位"] });
      const department = await tx.department.findFirst({ where: { id: input.departmentId, cityId: actor.cityId, deletedAt: null } });
      if (!department) throw notFound("单位");
      departmentId = department.id;
    }
    const token = generateToken();
    const record = await tx.apiToken.create({
      data: {
        cityId: actor.cityId,
        name: input.name,
        tokenHash: hashToken(token),
        prefix: token.slice(0, PREFIX_LENGTH),
        role: input.role,
        departmentId,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
        createdById: actor.id,
      },
      include: apiTokenRowInclude,
    });
    const row = toApiTokenRow(record);
    await audit({ entityType: "ApiToken", entityId: row.id, cityId: actor.cityId, before: null, after: row });
    return { token, row };
  },
});
