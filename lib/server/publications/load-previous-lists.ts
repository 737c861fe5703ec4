import { previousListsOf, type SeriesPublication } from "@/lib/domain/publications/previous-lists";
import type { PreviousLists } from "@/lib/domain/publications/evaluate-lists";
import { parseDigest } from "@/lib/domain/publications/digest-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RoundKind } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/tx";

/** A series: one city's publications of one kind (for rounds, of one round kind). */
export type Series = { cityId: string; kind: "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE"; roundKind?: RoundKind };

/**
 * What a publication of the series compares itself with: the series' publications before it (corrections
 * included; each counts in the place of the publication it supersedes). A correction of P compares with what
 * came before P's first version, so correcting an old issue never compares it with later ones. Reads digests: the
 * 52nd weekly issue of a year reads 51 earlier ones.
 */
export async function loadPreviousLists(tx: Tx, series: Series, correcting: string | null = null): Promise<PreviousLists | null> {
  const where: Prisma.PublicationWhereInput = {
    scope: "CITY",
    cityId: series.cityId,
    kind: series.kind,
    ...(series.roundKind ? { round: { kind: series.roundKind } } : {}),
  };
  const rows = await tx.publication.findMany({
    where,
    orderBy: [{ publishedAt: "asc" }, { issueNumber: "asc" }],
    select: { id: true, supersedesId: true, publishedAt: true, digest: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const rootOf = (row: (typeof rows)[number]): (typeof rows)[number] => {
    const superseded = row.supersedesId ? byId.get(row.supersedesId) : undefined;
    return superseded ? rootOf(superseded) : row;
  };
  const corrected = correcting ? byId.get(correcting) : undefined;
  const cutoff = corrected ? rootOf(corrected).publishedAt : null;
  const earlier = rows.filter((row) => cutoff === null || rootOf(row).publishedAt < cutoff);
  const publications: SeriesPublication[] = earlier.map((row) => {
    const digest = parseDigest(row.digest);
    return { id: row.id, supersedes: row.supersedesId, lists: "lists" in digest ? digest.lists : [] };
  });
  return previousListsOf(publications);
}
