import net from "node:net";
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { ipv6Groups } from "./client-address";

// Failed sign-ins per client address in a fixed 15-minute window. The per-account lockout lives
// on the user row; this stops one address from trying many accounts, and never touches another.
export const WINDOW_SECONDS = 15 * 60;
/** From the 5th attempt after four failures, every answer waits. */
export const SLOW_FROM_FAILURES = 4;
export const MAX_DELAY_MS = 2000;
/** After 20 failures every attempt is refused at once until the window passes. */
export const MAX_FAILURES = 20;
export const THROTTLE_TABLE = "sign_in_throttle";
export const KEY_PREFIX = "sign-in";

export type SignInAttempt = { key: string; isThrottled: boolean; delayMs: number };
export type SignInThrottle = {
  /** Counts the attempt as a failure before the password is checked (so a burst of parallel attempts cannot slip under the limit). */
  begin(address: string): Promise<SignInAttempt>;
  /** Gives the attempt back when the password was right. */
  succeeded(attempt: SignInAttempt): Promise<void>;
};

/** The wait before answering an attempt that follows `failures` failures: 250 ms doubling, at most 2 s. */
export function slowdownMs(failures: number): number {
  if (failures < SLOW_FROM_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - SLOW_FROM_FAILURES));
}

/** IPv6 clients are counted per /64: one host or home line usually holds the whole prefix. */
export function throttleKeyOf(address: string): string {
  if (!net.isIPv6(address)) return address;
  return `${ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

export function createSignInThrottle(limiter: RateLimiterAbstract): SignInThrottle {
  return {
    async begin(address) {
      const key = throttleKeyOf(address);
      const failures = (await limiter.penalty(key)).consumedPoints - 1;
      const isThrottled = failures >= MAX_FAILURES;
      return { key, isThrottled, delayMs: isThrottled ? 0 : slowdownMs(failures) };
    },
    async succeeded(attempt) {
      await limiter.reward(attempt.key);
    },
  };
}

export const createMemoryLimiter = () => new RateLimiterMemory({ keyPrefix: KEY_PREFIX, points: MAX_FAILURES, duration: WINDOW_SECONDS });

// One limiter and at most one pool per process, kept on globalThis like the Prisma client (lib/db.ts).
const store = globalThis as unknown as { __chuangwenSignInThrottle?: SignInThrottle; __chuangwenSignInThrottlePool?: Pool };

function createLimiter(): RateLimiterAbstract {
  const { DATABASE_URL } = env();
  if (!DATABASE_URL) return createMemoryLimiter();
  // Several app instances on one PostgreSQL database share the count (the table is migrated).
  store.__chuangwenSignInThrottlePool ??= new Pool({ connectionString: DATABASE_URL, max: 2, allowExitOnIdle: true }).on("error", (error) =>
    // An idle connection that breaks must not take the process down; the next query reconnects.
    console.error(`sign-in throttle: ${error.message}`),
  );
  return new RateLimiterPostgres({
    storeClient: store.__chuangwenSignInThrottlePool,
    storeType: "pool",
    tableName: THROTTLE_TABLE,
    tableCreated: true,
    keyPrefix: KEY_PREFIX,
    points: MAX_FAILURES,
    duration: WINDOW_SECONDS,
    // While the database is unreachable this process keeps counting on its own.
    insuranceLimiter: createMemoryLimiter(),
  });
}

/** The process's sign-in throttle: in memory on the embedded database, in PostgreSQL otherwise. */
export function signInThrottle(): SignInThrottle {
  store.__chuangwenSignInThrottle ??= createSignInThrottle(createLimiter());
  return store.__chuangwenSignInThrottle;
}

/** For tests: forget the in-memory counts (rows in PostgreSQL stay; tests use addresses of their own). */
export function resetIpThrottle(): void {
  store.__chuangwenSignInThrottle = undefined;
}
