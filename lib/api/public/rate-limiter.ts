// A fixed window per client address, in memory (one process; conventions.md "The public API").
// Buckets sit in a Map in the order their window began: a new window re-inserts its key, so the
// stale buckets are always at the front and are dropped from there, a few at each hit.

export type RateDecision = { isAllowed: true; remaining: number } | { isAllowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one request of `key`; refused once the window holds `limit` requests. */
  hit(key: string): RateDecision;
  /** How many addresses are remembered (for tests and the memory bound). */
  readonly size: number;
};

export type RateLimiterOptions = {
  limit: number;
  windowMs: number;
  /** At most this many addresses are remembered; past it the oldest window is forgotten. */
  maxKeys: number;
  now?: () => number;
};

type Bucket = { start: number; count: number };

export function createRateLimiter({ limit, windowMs, maxKeys, now = Date.now }: RateLimiterOptions): RateLimiter {
  const buckets = new Map<string, Bucket>();

  const dropStale = (at: number) => {
    for (const [key, bucket] of buckets) {
      if (at - bucket.start < windowMs) return;
      buckets.delete(key);
    }
  };

  const openWindow = (key: string, at: number): Bucket => {
    buckets.delete(key);
    // Still full after the stale ones went: a flood of live addresses. The oldest window is
    // forgotten (that address starts again), which keeps memory bounded whatever arrives.
    while (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!);
    const bucket = { start: at, count: 0 };
    buckets.set(key, bucket);
    return bucket;
  };

  return {
    hit(key) {
      const at = now();
      dropStale(at);
      const current = buckets.get(key);
      const bucket = current && at - current.start < windowMs ? current : openWindow(key, at);
      if (bucket.count >= limit) return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.start + windowMs - at) / 1000)) };
      bucket.count += 1;
      return { isAllowed: true, remaining: limit - bucket.count };
    },
    get size() {
      return buckets.size;
    },
  };
}
