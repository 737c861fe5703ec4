import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db, type Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { isRoundOffice } from "./round-access";

/**
 * Whether the actor may create rounds: the office always; an inspector only while the city lets
 * inspectors create their own rounds (City.inspectorsMayCreateRounds). The 新建督查 page, its
 * button and the create use case all ask here.
 */
export async function mayCreateRounds(actor: Actor, client: Db | Tx = db()): Promise<boolean> {
  if (!can(actor, "create:round") || !actor.cityId) return false;
  if (isRoundOffice(actor)) return true;
  const city = await client.city.findUnique({ where: { id: actor.cityId }, select: { inspectorsMayCreateRounds: true } });
  return city?.inspectorsMayCreateRounds === true;
}
