import { db } from "@/lib/db";

export type PublicCity = { name: string; slug: string; provinceName: string };

/** For the public pages: names and slugs only, no ids and no personal data. */
export async function listPublicCities(): Promise<PublicCity[]> {
  const cities = await db().city.findMany({
    where: { deletedAt: null },
    select: { name: true, slug: true, province: { select: { name: true } } },
    orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
  });
  return cities.map((city) => ({ name: city.name, slug: city.slug, provinceName: city.province.name }));
}
