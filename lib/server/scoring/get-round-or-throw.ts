import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, scopeOf } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { roundScopeWhere } from "./round-scope";

/** A round the actor may read scores of; 404 outside its scope, 409 for a 回头看 round (it has none). */
export async function getScorableRoundOrThrow(client: Db | Tx, actor: Actor, roundId: string) {
  // Draft scores do not exist for those who read a province's published results only (supervisors): 404.
  if (!can(actor, "read:score") && scopeOf(actor, "read:publication") === "province") throw notFound("督查轮次得分");
  const scope = assertCan(actor, "read:score");
  const round = await client.inspectionRound.findFirst({ where: { AND: [{ id: roundId }, roundScopeWhere(actor, scope)] } });
  if (!round) throw notFound("督查轮次");
  // A 回头看 round confirms or reopens findings and scores nothing (closeRound stores none either).
  if (round.kind === "RECHECK") throw new AppError("ROUND_NOT_SCORED", "回头看轮次只复查整改情况，不计分。", 409);
  return round;
}
