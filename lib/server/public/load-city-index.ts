import { db } from "@/lib/db";

export type IndexedCity = { id: string; slug: string; name: string; provinceId: string; provinceName: string };

export type CityIndex = {
  /** Nominated, not deleted, by province name then city name. */
  cities: IndexedCity[];
  bySlug: Map<string, IndexedCity>;
  byId: Map<string, IndexedCity>;
  /** Provinces with at least one public city. */
  provinceIds: Set<string>;
};

/** The cities the public may see: nominated and not deleted. */
export async function loadCityIndex(): Promise<CityIndex> {
  const rows = await db().city.findMany({
    where: { isNominated: true, deletedAt: null },
    select: { id: true, slug: true, name: true, provinceId: true, province: { select: { name: true } } },
    orderBy: [{ province: { name: "asc" } }, { name: "asc" }, { slug: "asc" }],
  });
  const cities = rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, provinceId: row.provinceId, provinceName: row.province.name }));
  return {
    cities,
    bySlug: new Map(cities.map((city) => [city.slug, city])),
    byId: new Map(cities.map((city) => [city.id, city])),
    provinceIds: new Set(cities.map((city) => city.provinceId)),
  };
}
