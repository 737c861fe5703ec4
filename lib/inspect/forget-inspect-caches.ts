// The /inspect service worker's cache names all start so (public/inspect-sw.js).
const INSPECT_CACHE_PREFIX = "inspect-";

/**
 * Empties the /inspect worker's kept pages and API answers. Cache Storage is the origin's, so any
 * page may do it: the console's sign-out too, whose pages the worker does not control. Missing
 * (plain http) or refusing storage is nothing to forget.
 */
export async function forgetInspectCaches(storage: CacheStorage | undefined = globalThis.caches): Promise<void> {
  if (!storage) return;
  try {
    for (const name of await storage.keys()) if (name.startsWith(INSPECT_CACHE_PREFIX)) await storage.delete(name);
  } catch {
    // Private mode or a blocked storage: the worker holds nothing either.
  }
}
