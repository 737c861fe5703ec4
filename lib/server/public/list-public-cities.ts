import type { PublicCitySummary, PublicProvince } from "./public-dto";
import { cityBundle, cityIndex, provinceRanking } from "./public-reads";

/** Every public city (nominated, not deleted) with its latest published score, trend and progress. */
export async function listPublicCities(): Promise<PublicCitySummary[]> {
  const index = await cityIndex();
  return Promise.all(index.cities.map(async (city) => (await cityBundle(city)).summary));
}

/** The home page: each province with public cities, its cities and its latest standing province ranking. */
export async function listPublicProvinces(): Promise<PublicProvince[]> {
  const index = await cityIndex();
  const provinceIds = [...new Set(index.cities.map((city) => city.provinceId))];
  return Promise.all(
    provinceIds.map(async (provinceId) => {
      const cities = index.cities.filter((city) => city.provinceId === provinceId);
      const [summaries, ranking] = await Promise.all([Promise.all(cities.map(async (city) => (await cityBundle(city)).summary)), provinceRanking(provinceId)]);
      return { name: cities[0].provinceName, cities: summaries, ranking };
    }),
  );
}
