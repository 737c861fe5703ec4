// The public pages cache what they read per city (no database query per visitor). Whatever
// changes a city's public figures (a publication, a citizen report's state) announces it here,
// after its transaction committed (see lib/server/after-commit.ts); the caches listen.
type Listener = (cityId: string) => void;

const listeners = new Set<Listener>();

/** Subscribes a cache to changes of any city's public data; returns the unsubscribe function. */
export function onPublicCityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces that a city's published figures or report counts changed. */
export function invalidatePublicCity(cityId: string): void {
  for (const listener of listeners) listener(cityId);
}
