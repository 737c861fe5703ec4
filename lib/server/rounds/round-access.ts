import type { Actor } from "@/lib/auth/actor";
import { can, type Scope } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";
import type { Tx } from "@/lib/server/tx";
import { roundItemSelect } from "./round-item";

/** The office manages rounds; an inspector only starts them and checks. */
export function isRoundOffice(actor: Actor): boolean {
  return can(actor, "manage:round");
}

/** A round in the actor's scope, with the columns of a round item; 404 beyond it. */
export async function getRoundOrThrow(client: Db | Tx, actor: Actor, scope: Scope, id: string) {
  const round = await client.inspectionRound.findFirst({ where: { AND: [{ id }, roundScopeWhere(actor, scope)] }, select: roundItemSelect });
  if (!round) throw notFound("督查轮次");
  return round;
}

/**
 * An inspector acts on a round it is named on, or on any round of its city that names nobody;
 * at a site, only one shared out to it or to nobody (the office may leave a site to anyone).
 * The office acts on every round. A few indexed lookups: a round may have 1,000 sites.
 */
export async function assertInspectorOnRound(client: Db | Tx, actor: Actor, roundId: string, siteId?: string | null): Promise<void> {
  if (isRoundOffice(actor)) return;
  if (siteId) {
    const site = await client.roundSite.findUnique({ where: { roundId_siteId: { roundId, siteId } }, select: { inspectorId: true } });
    if (site?.inspectorId && site.inspectorId !== actor.id) throw forbidden("该点位已分配给其他督查员。");
    return;
  }
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const anyAssigned = await client.roundSite.findFirst({ where: { roundId, inspectorId: { not: null } }, select: { siteId: true } });
  const mine = await client.roundSite.findFirst({ where: { roundId, inspectorId: actor.id }, select: { siteId: true } });
  if (anyAssigned && !mine) throw forbidden("您不是本轮次的督查员。");
}
