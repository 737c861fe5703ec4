import { conflict, notFound } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { revokeApiTokenInput } from "@/lib/validation/api-tokens";
import { apiTokenRowInclude, toApiTokenRow } from "./api-token-row";

/** Revokes a token of the admin's city at once; it stays listed for the record. */
export const revokeApiToken = defineUseCase({
  name: "api-token.revoke",
  permission: "manage:token",
  input: revokeApiTokenInput,
  run: async ({ tx, actor, input, audit }) => {
    const record = await tx.apiToken.findFirst({ where: { id: input.id, cityId: scopeId(actor.cityId) }, include: apiTokenRowInclude });
    if (!record) throw notFound("令牌");
    if (record.revokedAt) throw conflict("该令牌已撤销。");
    const saved = await tx.apiToken.update({ where: { id: record.id }, data: { revokedAt: new Date() }, include: apiTokenRowInclude });
    const row = toApiTokenRow(saved);
    await audit({ entityType: "ApiToken", entityId: row.id, cityId: record.cityId, before: toApiTokenRow(record), after: row });
    return row;
  },
});
