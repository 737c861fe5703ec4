import type { Actor } from "@/lib/auth/actor";
import { appealWindowClosesOn } from "@/lib/domain/appeals/appeal-window";
import { todayInShanghai } from "@/lib/domain/dates";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";

type Client = Db | Tx;

/** A round of the actor's own city with the city's appeal setting; 404 beyond it. */
export async function getAppealRoundOrThrow(client: Client, actor: Actor, roundId: string) {
  const round = await client.inspectionRound.findFirst({
    where: { id: roundId, cityId: scopeId(actor.cityId), deletedAt: null },
    include: { city: { select: { appealDays: true } } },
  });
  if (!round) throw notFound("督查轮次");
  return round;
}

/** A standing (not superseded) round publication: the draft is final once one exists. */
export async function isRoundPublished(client: Client, roundId: string): Promise<boolean> {
  const published = await client.publication.findFirst({ where: { roundId, kind: "ROUND", supersededBy: null }, select: { id: true } });
  return published !== null;
}

type AppealRound = Awaited<ReturnType<typeof getAppealRoundOrThrow>>;

/**
 * Why a round takes no appeal now, as the 409 the liaison reads; the last day of its window when it does.
 * Order: the city's setting, the round's state, publication, then the date.
 */
export async function assertAppealWindowOpen(client: Client, round: AppealRound, now: Date = new Date()): Promise<string> {
  if (round.city.appealDays <= 0) throw new AppError("APPEALS_OFF", "本市未开启申诉期。", 409);
  if (round.kind === "RECHECK") throw new AppError("ROUND_NOT_SCORED", "回头看轮次只复查整改情况，不计分，无需申诉。", 409);
  if (round.status !== "CLOSED") throw new AppError("ROUND_NOT_CLOSED", "轮次结束后才能申诉。", 409);
  if (await isRoundPublished(client, round.id)) throw new AppError("ROUND_PUBLISHED", "该轮次的结果已发布，申诉期已结束。", 409);
  const closesOn = appealWindowClosesOn(round.closedAt, round.city.appealDays)!;
  if (todayInShanghai(now) > closesOn) throw new AppError("APPEAL_WINDOW_CLOSED", `申诉期已于 ${closesOn} 结束。`, 409);
  return closesOn;
}
