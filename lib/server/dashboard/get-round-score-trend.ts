import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatBusinessDate } from "@/lib/domain/dates";
import { DISPLAY_DECIMALS } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import { z } from "@/lib/validation/zod";
import { cockpitCityId } from "./cockpit-scope";

export const TREND_ROUNDS = 12;

export type RoundScorePoint = { roundId: string; name: string; periodEnd: string; cityScore: string | null; vetoed: boolean };
/** `latest` is the newest closed scored round (its score may be absent); `trend` holds up to 12, oldest first. */
export type RoundScoreTrend = { latest: RoundScorePoint | null; trend: RoundScorePoint[] };

// Only the two fields the tile shows; the stored document is the calculator's output.
const storedResult = z.object({ cityScore: z.string().nullable(), vetoed: z.boolean() });

/**
 * The city score of the last 12 closed scored rounds (回头看 scores nothing), read from the
 * RoundScore that closing a round stores; a round without one shows no score. The stored score is
 * the 4-decimal export, shown at 2 decimals.
 */
export async function getRoundScoreTrend(actor: Actor): Promise<RoundScoreTrend> {
  const cityId = cockpitCityId(actor, "read:score");
  const rounds = await db().inspectionRound.findMany({
    where: { cityId, deletedAt: null, status: "CLOSED", kind: { not: "RECHECK" } },
    orderBy: [{ periodEnd: "desc" }, { closedAt: "desc" }, { id: "desc" }],
    take: TREND_ROUNDS,
    select: { id: true, name: true, periodEnd: true, score: { select: { result: true } } },
  });
  const trend = rounds.reverse().map((round): RoundScorePoint => {
    const result = storedResult.safeParse(round.score?.result);
    const score = result.success ? result.data.cityScore : null;
    return {
      roundId: round.id,
      name: round.name,
      periodEnd: formatBusinessDate(round.periodEnd),
      cityScore: score === null ? null : parseDecimal(score, "cityScore").toFixed(DISPLAY_DECIMALS),
      vetoed: result.success && result.data.vetoed,
    };
  });
  return { latest: trend.at(-1) ?? null, trend };
}
