import { describe, expect, it } from "vitest";
import { forgetInspectCaches } from "./forget-inspect-caches";

// Signing out anywhere in the app must leave no account's rounds, checklists or pages in the
// /inspect worker's caches: Cache Storage belongs to the origin, so the console's sign-out can
// empty them even though its pages are outside the worker's scope.

function storage(names: string[]) {
  const kept = new Set(names);
  return {
    kept,
    keys: async () => [...kept],
    delete: async (name: string) => kept.delete(name),
  } as unknown as CacheStorage & { kept: Set<string> };
}

describe("forgetInspectCaches", () => {
  it("deletes the inspect worker's caches and nothing else", async () => {
    const caches = storage(["inspect-shell-v1", "inspect-data-v1", "inspect-data-v0", "other-app-cache"]);
    await forgetInspectCaches(caches);
    expect([...caches.kept]).toEqual(["other-app-cache"]);
  });

  it("does nothing where Cache Storage is missing (plain http on a LAN) or refuses", async () => {
    await expect(forgetInspectCaches(undefined)).resolves.toBeUndefined();
    const broken = { keys: async () => Promise.reject(new Error("SecurityError")) } as unknown as CacheStorage;
    await expect(forgetInspectCaches(broken)).resolves.toBeUndefined();
  });
});
