import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";
import type { Tx } from "@/lib/server/tx";

/** A round of the office's city that scores (not a 回头看); 404 beyond the city. `mustBeClosed` for publishing. */
export async function getPublishableRoundOrThrow(client: Db | Tx, actor: Actor, roundId: string, { mustBeClosed }: { mustBeClosed: boolean }) {
  const round = await client.inspectionRound.findFirst({ where: { AND: [{ id: roundId }, roundScopeWhere(actor, "city")] } });
  if (!round) throw notFound("督查轮次");
  if (round.kind === "RECHECK") throw new AppError("ROUND_NOT_SCORED", "回头看轮次只复查整改情况，不计分，不能发布。", 409);
  if (mustBeClosed && round.status !== "CLOSED") throw new AppError("ROUND_NOT_CLOSED", "轮次结束后才能发布结果。", 409);
  return round;
}
