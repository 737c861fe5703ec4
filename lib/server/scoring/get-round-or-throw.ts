import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { roundScopeWhere } from "./round-scope";

/** A round the actor may read scores of; 404 outside its scope. */
export async function getScorableRoundOrThrow(client: Db | Tx, actor: Actor, roundId: string) {
  const scope = assertCan(actor, "read:score");
  const round = await client.inspectionRound.findFirst({ where: { AND: [{ id: roundId }, roundScopeWhere(actor, scope)] } });
  if (!round) throw notFound("督查轮次");
  return round;
}
