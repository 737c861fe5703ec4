import { db } from "@/lib/db";
import { roundDigestSchema, type RoundDigest } from "@/lib/domain/publications/digest-schema";
import { Prisma } from "@/lib/generated/prisma/client";

export type LatestCriteria = { id: string; cityId: string; title: string; criteria: RoundDigest["result"]["criteria"] };

const criteriaSchema = roundDigestSchema.shape.result.shape.criteria;

/**
 * Each city's latest round publication in force (newest period, then newest published) with only its result's
 * criteria read out of its digest (checked with the digest schema's own part): the snapshot's calculator input,
 * every check of the round, is not needed to compare one criterion.
 */
export async function loadLatestCriteria(cityIds: readonly string[]): Promise<Map<string, LatestCriteria>> {
  if (cityIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; cityId: string; title: string; criteria: unknown }[]>`
    SELECT DISTINCT ON (p."cityId") p."id", p."cityId", p."title", p."digest"->'result'->'criteria' AS "criteria"
    FROM "Publication" p
    WHERE p."cityId" IN (${Prisma.join([...cityIds])}) AND p."scope" = 'CITY' AND p."kind" = 'ROUND'
      AND NOT EXISTS (SELECT 1 FROM "Publication" c WHERE c."supersedesId" = p."id")
    ORDER BY p."cityId", p."periodEnd" DESC, p."publishedAt" DESC, p."id" DESC`;
  return new Map(rows.map((row) => [row.cityId, { id: row.id, cityId: row.cityId, title: row.title, criteria: criteriaSchema.parse(row.criteria) }]));
}
