import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { invalidInput, notFound } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";

/**
 * The city a plan read is about: the actor's own (a city-bound actor naming another city finds
 * nothing), or for province and system readers the `city` they name within their reach.
 */
export async function resolveReadCity(client: Tx, actor: Actor, scope: Scope, city?: string): Promise<string> {
  if (scope === "city" || scope === "own") {
    if (!actor.cityId || (city && city !== actor.cityId)) throw notFound("城市");
    return actor.cityId;
  }
  if (!city) throw invalidInput({ city: ["请选择城市。"] });
  const found = await client.city.findFirst({ where: { AND: [{ id: city }, cityScopeWhere(actor, scope)] }, select: { id: true } });
  if (!found) throw notFound("城市");
  return found.id;
}
