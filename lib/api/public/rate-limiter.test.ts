import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

const clock = (start = 1_000_000) => {
  const state = { now: start };
  return { now: () => state.now, advance: (ms: number) => (state.now += ms) };
};

const hits = (limiter: ReturnType<typeof createRateLimiter>, key: string, times: number) => Array.from({ length: times }, () => limiter.hit(key));

describe("the public API's rate limiter", () => {
  it("allows `limit` requests in a window and refuses the next with the seconds left in it", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 120, windowMs: 60_000, maxKeys: 100, now: time.now });
    const allowed = hits(limiter, "203.0.113.7", 120);
    expect(allowed.every((d) => d.isAllowed)).toBe(true);
    expect(allowed.at(-1)).toEqual({ isAllowed: true, remaining: 0 });
    time.advance(15_500);
    expect(limiter.hit("203.0.113.7")).toEqual({ isAllowed: false, retryAfterSeconds: 45 });
    time.advance(44_000);
    expect(limiter.hit("203.0.113.7")).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
  });

  it("opens a new window once the old one has passed", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, maxKeys: 100, now: time.now });
    hits(limiter, "a", 3);
    expect(limiter.hit("a").isAllowed).toBe(false);
    time.advance(60_000);
    expect(limiter.hit("a")).toEqual({ isAllowed: true, remaining: 2 });
  });

  it("refused requests do not extend the window", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, maxKeys: 100, now: time.now });
    hits(limiter, "a", 2);
    for (let i = 0; i < 9; i++) {
      time.advance(1_000);
      expect(limiter.hit("a").isAllowed).toBe(false);
    }
    time.advance(1_000);
    expect(limiter.hit("a").isAllowed).toBe(true);
  });

  it("one address never blocks another", () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000, maxKeys: 100, now: clock().now });
    hits(limiter, "203.0.113.7", 50);
    expect(limiter.hit("203.0.113.7").isAllowed).toBe(false);
    expect(limiter.hit("203.0.113.8")).toEqual({ isAllowed: true, remaining: 4 });
  });

  it("forgets addresses whose window has passed", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000, maxKeys: 1_000, now: time.now });
    for (let i = 0; i < 200; i++) limiter.hit(`10.0.0.${i}`);
    expect(limiter.size).toBe(200);
    time.advance(30_000);
    limiter.hit("10.0.1.1");
    expect(limiter.size).toBe(201);
    time.advance(30_000);
    limiter.hit("10.0.1.2");
    // The first 200 windows began 60 s ago; only the two later ones are left.
    expect(limiter.size).toBe(2);
  });

  it("never remembers more than maxKeys addresses, forgetting the oldest window first", () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 10, now: time.now });
    limiter.hit("first");
    expect(limiter.hit("first").isAllowed).toBe(false);
    for (let i = 0; i < 1_000; i++) {
      time.advance(1);
      limiter.hit(`flood-${i}`);
      expect(limiter.size).toBeLessThanOrEqual(10);
    }
    // The newest addresses are still counted; the oldest one was forgotten to make room.
    expect(limiter.hit("flood-999").isAllowed).toBe(false);
    expect(limiter.hit("first").isAllowed).toBe(true);
  });
});
