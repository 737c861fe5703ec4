import { db } from "@/lib/db";
import { formatBusinessDate } from "@/lib/domain/dates";
import { roundDigestSchema } from "@/lib/domain/publications/digest-schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/validation/zod";

/** One round publication in force, reduced to what a trend needs. */
export type SeriesPoint = { id: string; cityId: string; periodEnd: string; roundName: string; cityScore: string | null; vetoed: boolean };

// The three fields a trend reads, checked with the digest schema's own parts (never cast).
const fields = z.object({
  roundName: roundDigestSchema.shape.round.shape.name,
  cityScore: roundDigestSchema.shape.result.shape.cityScore,
  vetoed: roundDigestSchema.shape.result.shape.vetoed,
});

/**
 * Every round publication in force (no correction supersedes it) of these cities, oldest first, with only the
 * round's name, the city score and the veto flag read out of each digest: the snapshot holds every check of
 * its round, and PostgreSQL would decompress all of it once per path.
 */
export async function loadScoreSeries(cityIds: readonly string[]): Promise<SeriesPoint[]> {
  if (cityIds.length === 0) return [];
  const rows = await db().$queryRaw<{ id: string; cityId: string; periodEnd: Date; roundName: unknown; cityScore: unknown; vetoed: unknown }[]>`
    SELECT p."id", p."cityId", p."periodEnd",
           p."digest"->'round'->'name' AS "roundName", p."digest"->'result'->'cityScore' AS "cityScore", p."digest"->'result'->'vetoed' AS "vetoed"
    FROM "Publication" p
    WHERE p."cityId" IN (${Prisma.join([...cityIds])}) AND p."scope" = 'CITY' AND p."kind" = 'ROUND'
      AND NOT EXISTS (SELECT 1 FROM "Publication" c WHERE c."supersedesId" = p."id")
    ORDER BY p."periodEnd" ASC, p."publishedAt" ASC, p."id" ASC`;
  return rows.map((row) => ({ id: row.id, cityId: row.cityId, periodEnd: formatBusinessDate(row.periodEnd), ...fields.parse(row) }));
}
