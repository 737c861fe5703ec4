import { appliesToSiteType } from "@/lib/domain/rounds/criterion-rubric";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import type { Progress } from "./round-progress";

export type RoundTotals = { siteCount: number; criterionCount: number; progress: Progress };

/**
 * A list's worth of rounds' counts and progress (each site owes one check per round criterion applicable to its type, the round one per desk criterion, a RECHECK round one result per sampled finding) from
 * grouped reads: sites counted per type, checks per round, never a round's 1,000 site rows.
 */
export async function loadRoundTotals(client: Db | Tx, rounds: ReadonlyArray<{ id: string; kind: string }>): Promise<Map<string, RoundTotals>> {
  const roundIds = rounds.map((round) => round.id);
  if (roundIds.length === 0) return new Map();
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const types = await client.$queryRaw<{ roundId: string; typeName: string; n: number }[]>`
    SELECT rs."roundId", st."name" AS "typeName", count(*)::int AS n
    FROM "RoundSite" rs JOIN "Site" s ON s."id" = rs."siteId" JOIN "SiteType" st ON st."id" = s."siteTypeId"
    WHERE rs."roundId" IN (${Prisma.join(roundIds)})
    GROUP BY rs."roundId", st."name"`;
  const criteria = await client.roundCriterion.findMany({
    where: { roundId: { in: roundIds } },
    select: { roundId: true, criterion: { select: { method: true, siteTypeNames: true } } },
  });
  const checks = await client.check.groupBy({ by: ["roundId"], where: { roundId: { in: roundIds } }, _count: { _all: true } });
  const rechecks = await client.recheckItem.groupBy({ by: ["roundId"], where: { roundId: { in: roundIds } }, _count: { _all: true, result: true } });
  return new Map(
    rounds.map((round) => {
      const own = criteria.filter((row) => row.roundId === round.id).map((row) => row.criterion);
      const field = own.filter((criterion) => criterion.method === "FIELD");
      const ownTypes = types.filter((row) => row.roundId === round.id);
      const siteCount = ownTypes.reduce((sum, row) => sum + row.n, 0);
      const fieldExpected = ownTypes.reduce((sum, row) => sum + row.n * field.filter((criterion) => appliesToSiteType(criterion, row.typeName)).length, 0);
      const recheck = rechecks.find((row) => row.roundId === round.id);
      const progress =
        round.kind === "RECHECK"
          ? { done: recheck?._count.result ?? 0, expected: recheck?._count._all ?? 0 }
          : { done: checks.find((row) => row.roundId === round.id)?._count._all ?? 0, expected: fieldExpected + own.length - field.length };
      return [round.id, { siteCount, criterionCount: own.length, progress }];
    }),
  );
}
