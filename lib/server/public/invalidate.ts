// The public pages cache what they read per city (no database query per visitor). Whatever
// changes a city's public figures (a publication, a citizen report's state) announces it here,
// after its transaction committed (see lib/server/after-commit.ts); the caches listen.
// The listeners live on globalThis: Next may load this module once per server layer (pages, route
// handlers), and an announcement from one must reach a cache subscribed from another.
type Listener = (cityId: string) => void;

const store = globalThis as unknown as { __chuangwenPublicListeners?: Set<Listener>; __chuangwenPublicProvinceListeners?: Set<Listener> };
const listeners = (store.__chuangwenPublicListeners ??= new Set<Listener>());
const provinceListeners = (store.__chuangwenPublicProvinceListeners ??= new Set<Listener>());

/** Subscribes a cache to changes of any city's public data; returns the unsubscribe function. */
export function onPublicCityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces that a city's published figures or report counts changed. */
export function invalidatePublicCity(cityId: string): void {
  for (const listener of listeners) listener(cityId);
}

/** Subscribes to a province's own publications (its city ranking); returns the unsubscribe function. */
export function onPublicProvinceChange(listener: (provinceId: string) => void): () => void {
  provinceListeners.add(listener);
  return () => provinceListeners.delete(listener);
}

/** Announces a province publication (or its correction). */
export function invalidatePublicProvince(provinceId: string): void {
  for (const listener of provinceListeners) listener(provinceId);
}
