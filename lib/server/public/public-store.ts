import { onPublicCityChange, onPublicProvinceChange } from "./invalidate";
import type { CityBundle } from "./load-city-bundle";
import type { CityIndex } from "./load-city-index";
import type { LoadedPublication } from "./load-publication";
import { PublicCache } from "./public-cache";
import type { PublicPublication } from "./public-dto";

// The caches of the public side, one set per process (on globalThis, like the Prisma client, so hot
// reloads and Next's server layers share them), subscribed once to the change announcements.
export const PUBLIC_CACHE_TTL_MS = 10 * 60 * 1000;

type Stores = {
  index: PublicCache<CityIndex>;
  cities: PublicCache<CityBundle>;
  provinces: PublicCache<PublicPublication | null>;
  publications: PublicCache<LoadedPublication | null>;
};

const holder = globalThis as unknown as { __chuangwenPublicStores?: Stores };

function createStores(): Stores {
  const options = { ttlMs: PUBLIC_CACHE_TTL_MS };
  const stores: Stores = {
    index: new PublicCache({ ...options, maxEntries: 1 }),
    cities: new PublicCache({ ...options, maxEntries: 1_000 }),
    provinces: new PublicCache({ ...options, maxEntries: 100 }),
    // older publications are read rarely, unknown ids are remembered too: bounded
    publications: new PublicCache({ ...options, maxEntries: 2_000 }),
  };
  onPublicCityChange((cityId) => {
    // a correction changes which publication stands and its predecessor's mark
    stores.index.invalidate("index");
    stores.cities.invalidate(`city:${cityId}`);
    stores.publications.invalidate(`city:${cityId}`);
  });
  onPublicProvinceChange((provinceId) => {
    stores.provinces.invalidate(`province:${provinceId}`);
    stores.publications.invalidate(`province:${provinceId}`);
  });
  return stores;
}

export function publicStores(): Stores {
  holder.__chuangwenPublicStores ??= createStores();
  return holder.__chuangwenPublicStores;
}

/** Empties every public cache (tests, and scripts that changed data behind the app's back). */
export function clearPublicCaches(): void {
  for (const cache of Object.values(publicStores())) cache.clear();
}
