import type { Actor } from "@/lib/auth/actor";
import type { PeriodSnapshot, RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";
import { buildRoundSnapshot } from "./build-round-snapshot";
import { getPublishableRoundOrThrow } from "./get-publishable-round";
import { buildPeriodSnapshot } from "./period-snapshot";

export type CityTarget = { kind: "ROUND"; roundId: string } | { kind: "MONTH" | "QUARTER" | "YEAR" | "CYCLE"; periodStart: string; periodEnd: string };

export type CitySnapshot = { snapshot: RoundSnapshot | PeriodSnapshot; round: { id: string; name: string; kind: string } | null };

/**
 * What a city publication of `target` freezes, computed now from live data. `mustBeClosed` when publishing
 * (a preview may look at a round still open); `correcting` names the publication a correction replaces.
 */
export async function buildCitySnapshot(
  tx: Tx,
  actor: Actor,
  target: CityTarget,
  { mustBeClosed, correcting = null }: { mustBeClosed: boolean; correcting?: string | null },
): Promise<CitySnapshot> {
  if (target.kind === "ROUND") {
    const round = await getPublishableRoundOrThrow(tx, actor, target.roundId, { mustBeClosed });
    return { snapshot: await buildRoundSnapshot(tx, round, correcting), round };
  }
  return { snapshot: await buildPeriodSnapshot(tx, requireCityId(actor), target, { correcting }), round: null };
}
