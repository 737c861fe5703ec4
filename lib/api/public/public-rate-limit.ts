import { throttleKeyOf } from "@/lib/auth/ip-throttle";
import { createRateLimiter, type RateDecision, type RateLimiter } from "./rate-limiter";

export const PUBLIC_API_LIMIT = 120;
export const PUBLIC_API_WINDOW_MS = 60_000;
// About 100 bytes an address: a few MB at most, whatever a flood of addresses does.
export const PUBLIC_API_MAX_ADDRESSES = 50_000;

// Next bundles each route on its own: one limiter per process lives on globalThis so every public
// route counts into the same window (like the Prisma client in lib/db.ts).
const store = globalThis as unknown as { __chuangwenPublicApiLimiter?: RateLimiter };

function limiter(): RateLimiter {
  return (store.__chuangwenPublicApiLimiter ??= createRateLimiter({
    limit: PUBLIC_API_LIMIT,
    windowMs: PUBLIC_API_WINDOW_MS,
    maxKeys: PUBLIC_API_MAX_ADDRESSES,
  }));
}

/** Counts a request from `address` (the sealed client address); IPv6 counts per /64 as the sign-in throttle does. */
export function hitPublicApiLimit(address: string): RateDecision {
  return limiter().hit(throttleKeyOf(address));
}
