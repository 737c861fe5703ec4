// An in-process cache for the public side's reads (docs/decisions/005-public-pages.md). Entries carry
// tags ("city:<id>", "province:<id>", "index"); dropping a tag drops its entries. A fill that was
// running when anything was dropped is returned to its caller but not stored: it may have read the
// data before the change committed. Entries also expire (changes made outside this process: the seed,
// scripts, another instance), and the cache holds at most `maxEntries` (least recently used go first).

export type Filled<V> = { value: V; tags: string[] };

type Entry<V> = { value: V; tags: string[]; expiresAt: number };

export type PublicCacheOptions = { ttlMs: number; maxEntries: number; now?: () => number };

export class PublicCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inflight = new Map<string, Promise<V>>();
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: PublicCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string, fill: () => Promise<Filled<V>>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) {
      // Map order is the recency order: re-insert to mark it used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    if (hit) this.entries.delete(key);
    const running = this.inflight.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = fill().then(({ value, tags }) => {
      if (generation === this.generation) this.store(key, { value, tags, expiresAt: this.now() + this.options.ttlMs });
      return value;
    });
    this.inflight.set(key, promise);
    const forget = () => {
      if (this.inflight.get(key) === promise) this.inflight.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  /** Drops every entry with one of `tags`, and keeps running fills from being stored. */
  invalidate(...tags: string[]): void {
    this.generation += 1;
    this.inflight.clear();
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) this.entries.delete(key);
    }
  }

  clear(): void {
    this.generation += 1;
    this.inflight.clear();
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
