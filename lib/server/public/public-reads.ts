import { loadCityBundle, type CityBundle } from "./load-city-bundle";
import { loadCityIndex, type CityIndex, type IndexedCity } from "./load-city-index";
import { loadProvinceRanking, loadPublication, type LoadedPublication } from "./load-publication";
import type { PublicPublication } from "./public-dto";
import { publicStores } from "./public-store";

// Cached reads: the first visitor after a change fills, everyone else reads memory.

export function cityIndex(): Promise<CityIndex> {
  return publicStores().index.get("index", async () => ({ value: await loadCityIndex(), tags: ["index"] }));
}

export function cityBundle(city: IndexedCity): Promise<CityBundle> {
  return publicStores().cities.get(city.id, async () => ({ value: await loadCityBundle(city), tags: [`city:${city.id}`] }));
}

export function provinceRanking(provinceId: string): Promise<PublicPublication | null> {
  return publicStores().provinces.get(provinceId, async () => ({ value: await loadProvinceRanking(provinceId), tags: [`province:${provinceId}`] }));
}

export function publicationById(id: string): Promise<LoadedPublication | null> {
  return publicStores().publications.get(id, async () => {
    const value = await loadPublication(id);
    const tags = value ? [value.cityId ? `city:${value.cityId}` : `province:${value.provinceId}`] : [];
    return { value, tags };
  });
}
