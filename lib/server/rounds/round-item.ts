import { formatBusinessDate } from "@/lib/domain/dates";
import type { RoundItem } from "@/lib/validation/rounds";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { loadRoundTotals } from "./round-totals";

type Client = Db | Tx;

/** The round columns a round item is made of. */
export const roundItemSelect = {
  id: true,
  cityId: true,
  editionId: true,
  name: true,
  kind: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  sampleSeed: true,
  sampleSpec: true,
  sampledSiteIds: true,
  reopenReason: true,
  version: true,
  createdAt: true,
} as const;

export type RoundRecord = {
  id: string;
  cityId: string;
  editionId: string;
  name: string;
  kind: RoundItem["kind"];
  status: RoundItem["status"];
  periodStart: Date;
  periodEnd: Date;
  sampleSeed: string | null;
  sampleSpec: unknown;
  sampledSiteIds: string[];
  reopenReason: string | null;
  version: number;
  createdAt: Date;
};

function sampleOf(round: RoundRecord): RoundItem["sample"] {
  if (!round.sampleSeed) return null;
  const spec = (round.sampleSpec ?? {}) as Omit<NonNullable<RoundItem["sample"]>, "seed">;
  return { ...spec, seed: round.sampleSeed };
}

/** Round items (`GET /api/v1/rounds`, and every write's answer) with their counts and progress. */
export async function toRoundItems(client: Client, rounds: readonly RoundRecord[]): Promise<RoundItem[]> {
  const totals = await loadRoundTotals(
    client,
    rounds.map((round) => ({ id: round.id, kind: round.kind })),
  );
  return rounds.map((round) => {
    const counts = totals.get(round.id)!;
    return {
      id: round.id,
      name: round.name,
      kind: round.kind,
      status: round.status,
      periodStart: formatBusinessDate(round.periodStart),
      periodEnd: formatBusinessDate(round.periodEnd),
      siteCount: counts.siteCount,
      criterionCount: counts.criterionCount,
      progress: counts.progress,
      sample: sampleOf(round),
      reopenReason: round.reopenReason,
      version: round.version,
      createdAt: round.createdAt.toISOString(),
    };
  });
}

export async function toRoundItem(client: Client, round: RoundRecord): Promise<RoundItem> {
  return (await toRoundItems(client, [round]))[0];
}
