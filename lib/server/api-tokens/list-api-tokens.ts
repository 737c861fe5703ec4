import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { scopeId } from "@/lib/server/cities/city-scope";
import type { ApiTokenRow } from "@/lib/validation/api-tokens";
import { apiTokenRowInclude, toApiTokenRow } from "./api-token-row";

/** The city's tokens, newest first, revoked and expired ones included. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenRow[]> {
  assertCan(actor, "manage:token");
  const records = await db().apiToken.findMany({
    where: { cityId: scopeId(actor.cityId) },
    include: apiTokenRowInclude,
    orderBy: { createdAt: "desc" },
  });
  return records.map(toApiTokenRow);
}
