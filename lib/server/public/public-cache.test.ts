import { describe, expect, it } from "vitest";
import { PublicCache } from "./public-cache";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe("PublicCache", () => {
  it("fills once, then serves from memory until the entry's tag is dropped", async () => {
    const cache = new PublicCache<number>({ ttlMs: 60_000, maxEntries: 10 });
    let fills = 0;
    const fill = async () => ({ value: ++fills, tags: ["city:a"] });
    expect(await cache.get("a", fill)).toBe(1);
    expect(await cache.get("a", fill)).toBe(1);
    cache.invalidate("city:b");
    expect(await cache.get("a", fill)).toBe(1);
    cache.invalidate("city:a");
    expect(await cache.get("a", fill)).toBe(2);
  });

  it("shares one running fill between concurrent readers", async () => {
    const cache = new PublicCache<string>({ ttlMs: 60_000, maxEntries: 10 });
    const gate = deferred<string>();
    let fills = 0;
    const fill = async () => {
      fills += 1;
      return { value: await gate.promise, tags: [] };
    };
    const both = Promise.all([cache.get("k", fill), cache.get("k", fill)]);
    gate.resolve("v");
    expect(await both).toEqual(["v", "v"]);
    expect(fills).toBe(1);
  });

  it("does not store a fill that was running when something was dropped", async () => {
    const cache = new PublicCache<string>({ ttlMs: 60_000, maxEntries: 10 });
    const gate = deferred<string>();
    const stale = cache.get("k", async () => ({ value: await gate.promise, tags: ["city:a"] }));
    cache.invalidate("city:a");
    gate.resolve("old");
    expect(await stale).toBe("old");
    expect(await cache.get("k", async () => ({ value: "new", tags: ["city:a"] }))).toBe("new");
  });

  it("expires entries after the TTL", async () => {
    let now = 0;
    const cache = new PublicCache<number>({ ttlMs: 1_000, maxEntries: 10, now: () => now });
    let fills = 0;
    const fill = async () => ({ value: ++fills, tags: [] });
    await cache.get("k", fill);
    now = 999;
    expect(await cache.get("k", fill)).toBe(1);
    now = 1_000;
    expect(await cache.get("k", fill)).toBe(2);
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = new PublicCache<string>({ ttlMs: 60_000, maxEntries: 2 });
    const fill = (value: string) => async () => ({ value, tags: [] });
    await cache.get("a", fill("a1"));
    await cache.get("b", fill("b1"));
    await cache.get("a", fill("a2"));
    await cache.get("c", fill("c1"));
    expect(cache.size).toBe(2);
    expect(await cache.get("a", fill("a3"))).toBe("a1");
    expect(await cache.get("b", fill("b2"))).toBe("b2");
  });

  it("does not remember a failed fill", async () => {
    const cache = new PublicCache<string>({ ttlMs: 60_000, maxEntries: 2 });
    await expect(cache.get("k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", async () => ({ value: "up", tags: [] }))).toBe("up");
  });
});
