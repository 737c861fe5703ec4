import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { nextRoundStatus, type RoundEvent } from "@/lib/domain/rounds/round-transitions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { getRoundOrThrow } from "./round-access";
import { roundItemSelect, type RoundRecord } from "./round-item";

const REFUSALS: Record<RoundEvent, string> = {
  START: "只有计划中的轮次可以开始。",
  CLOSE: "只有进行中的轮次可以结束。",
  REOPEN: "只有已结束的轮次可以重新打开。",
};

/** A round in scope whose status allows `event` (409 ROUND_STATUS otherwise), and the status it moves to. */
export async function loadRoundForEvent(tx: Tx, actor: Actor, scope: Scope, id: string, event: RoundEvent) {
  const round = await getRoundOrThrow(tx, actor, scope, id);
  const next = nextRoundStatus(round.status, event);
  if (!next) throw new AppError("ROUND_STATUS", REFUSALS[event], 409, undefined, { status: round.status });
  return { round, next };
}

/** Moves the round on only if nobody moved it meanwhile (a concurrent start or close is a 409, not a double). */
export async function saveRoundStatus(tx: Tx, round: RoundRecord, data: Prisma.InspectionRoundUpdateManyMutationInput): Promise<RoundRecord> {
  const { count } = await tx.inspectionRound.updateMany({
    where: { id: round.id, status: round.status, version: round.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("ROUND_STATUS", "该轮次的状态刚被他人更改，请刷新后重试。", 409);
  return tx.inspectionRound.findUniqueOrThrow({ where: { id: round.id }, select: roundItemSelect });
}
