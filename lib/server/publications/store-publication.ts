import { parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from "@/lib/domain/publications/snapshot-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCommit } from "@/lib/server/after-commit";
import { storeBulletins } from "@/lib/server/bulletins/store-bulletins";
import { invalidatePublicCity, invalidatePublicProvince } from "@/lib/server/public/invalidate";
import type { Tx } from "@/lib/server/tx";
import { publicationDetailSelect } from "./publication-dto";

type Owner = { cityId: string; provinceId?: undefined } | { provinceId: string; cityId?: undefined };

/**
 * The next issue of a city (or province) in the Shanghai year of publishing: 2026年第1期, 第2期 … The owner's
 * row is locked first, so two publications at once take consecutive numbers instead of colliding.
 */
export async function nextIssue(tx: Tx, owner: Owner, at: Date = new Date()): Promise<{ issueYear: number; issueNumber: number }> {
  if (owner.cityId) await tx.$executeRaw`SELECT 1 FROM "City" WHERE id = ${owner.cityId} FOR UPDATE`;
  else await tx.$executeRaw`SELECT 1 FROM "Province" WHERE id = ${owner.provinceId} FOR UPDATE`;
  const issueYear = Number(todayInShanghai(at).slice(0, 4));
  const latest = await tx.publication.aggregate({
    where: owner.cityId ? { cityId: owner.cityId, issueYear } : { provinceId: owner.provinceId, issueYear },
    _max: { issueNumber: true },
  });
  return { issueYear, issueNumber: (latest._max.issueNumber ?? 0) + 1 };
}

type NewPublication = {
  owner: Owner;
  issue: { issueYear: number; issueNumber: number };
  kind: "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
  roundId: string | null;
  period: { start: string; end: string };
  title: string;
  summary: string | null;
  snapshot: Snapshot;
  publishedById: string;
  supersedesId?: string;
  reason?: string;
  /** Now, unless the demo seed dates its history. */
  publishedAt?: Date;
};

/** Stores a publication and renders its bulletins (official and public) in the same transaction. */
export async function storePublication(tx: Tx, publication: NewPublication) {
  const created = await tx.publication.create({
    data: {
      scope: publication.owner.cityId ? "CITY" : "PROVINCE",
      kind: publication.kind,
      cityId: publication.owner.cityId ?? null,
      provinceId: publication.owner.provinceId ?? null,
      roundId: publication.roundId,
      periodStart: parseBusinessDate(publication.period.start),
      periodEnd: parseBusinessDate(publication.period.end),
      title: publication.title,
      summary: publication.summary,
      ...publication.issue,
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      // A parsed snapshot is plain JSON data (strings, numbers, booleans, arrays, objects).
      snapshot: publication.snapshot as Prisma.InputJsonObject,
      publishedById: publication.publishedById,
      ...(publication.publishedAt ? { publishedAt: publication.publishedAt } : {}),
      supersedesId: publication.supersedesId ?? null,
      reason: publication.reason ?? null,
    },
    select: publicationDetailSelect,
  });
  await storeBulletins(tx, created.id);
  const { cityId, provinceId } = publication.owner;
  afterCommit(tx, () => (cityId ? invalidatePublicCity(cityId) : provinceId && invalidatePublicProvince(provinceId)));
  return created;
}
