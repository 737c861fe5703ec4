import { db } from "@/lib/db";
import { parseDigest } from "./digest-schema";
import { publicationRefSelect, toPublicationRef } from "./publication-ref";
import type { PublicPublication } from "./public-dto";
import { toPublicBody } from "./to-public-body";

/** A publication as the public sees it, with the owner the visibility check needs. */
export type LoadedPublication = { publication: PublicPublication; cityId: string | null; provinceId: string };

/** One publication by id, from its digest; null when there is none. Visibility is the caller's check. */
export async function loadPublication(id: string): Promise<LoadedPublication | null> {
  const row = await db().publication.findUnique({
    where: { id },
    select: {
      ...publicationRefSelect,
      cityId: true,
      digest: true,
      city: { select: { slug: true, name: true, provinceId: true, province: { select: { name: true } } } },
      province: { select: { id: true, name: true } },
    },
  });
  if (!row) return null;
  const provinceId = row.city?.provinceId ?? row.province?.id;
  const provinceName = row.city?.province.name ?? row.province?.name;
  if (provinceId === undefined || provinceName === undefined) return null;
  const digest = parseDigest(row.digest);
  // The city's name as published (a rename later leaves the publication as it was); the slug is the live one, for links.
  const city = row.city ? { slug: row.city.slug, name: "city" in digest ? digest.city.name : row.city.name } : null;
  return {
    publication: { ...toPublicationRef(row), city, province: provinceName, body: toPublicBody(digest) },
    cityId: row.cityId,
    provinceId,
  };
}

/** The latest standing (not superseded) publication of a province; null when it has none. */
export async function loadProvinceRanking(provinceId: string): Promise<PublicPublication | null> {
  const latest = await db().publication.findFirst({
    where: { provinceId, scope: "PROVINCE", supersededBy: null },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!latest) return null;
  return (await loadPublication(latest.id))?.publication ?? null;
}
