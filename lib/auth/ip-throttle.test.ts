import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryLimiter, createSignInThrottle, MAX_DELAY_MS, slowdownMs, throttleKeyOf, type SignInThrottle } from "./ip-throttle";

async function fail(throttle: SignInThrottle, address: string, times: number) {
  for (let i = 0; i < times; i++) await throttle.begin(address);
}

afterEach(() => vi.useRealTimers());

describe("per-address sign-in throttling", () => {
  it("slows from the fifth attempt after four failures, growing to at most 2 s", async () => {
    expect([0, 1, 2, 3].map(slowdownMs)).toEqual([0, 0, 0, 0]);
    expect(slowdownMs(4)).toBeGreaterThan(0);
    for (let failures = 5; failures < 20; failures++) {
      expect(slowdownMs(failures)).toBeGreaterThanOrEqual(slowdownMs(failures - 1));
      expect(slowdownMs(failures)).toBeLessThanOrEqual(MAX_DELAY_MS);
    }
    expect(slowdownMs(19)).toBe(MAX_DELAY_MS);

    const throttle = createSignInThrottle(createMemoryLimiter());
    await fail(throttle, "10.0.0.1", 4);
    expect(await throttle.begin("10.0.0.1")).toMatchObject({ isThrottled: false, delayMs: slowdownMs(4) });
  });

  it("refuses every attempt after 20 failures, and only from that address", async () => {
    const throttle = createSignInThrottle(createMemoryLimiter());
    await fail(throttle, "10.0.0.1", 20);
    expect(await throttle.begin("10.0.0.1")).toMatchObject({ isThrottled: true, delayMs: 0 });
    expect(await throttle.begin("10.0.0.2")).toMatchObject({ isThrottled: false, delayMs: 0 });
  });

  it("does not count an attempt that succeeded", async () => {
    const throttle = createSignInThrottle(createMemoryLimiter());
    for (let i = 0; i < 30; i++) await throttle.succeeded(await throttle.begin("10.0.0.3"));
    expect(await throttle.begin("10.0.0.3")).toMatchObject({ isThrottled: false, delayMs: 0 });
  });

  it("forgets the failures when the 15-minute window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    const throttle = createSignInThrottle(createMemoryLimiter());
    await fail(throttle, "10.0.0.4", 25);
    vi.setSystemTime(Date.UTC(2026, 0, 1, 0, 14, 59));
    expect((await throttle.begin("10.0.0.4")).isThrottled).toBe(true);
    vi.setSystemTime(Date.UTC(2026, 0, 1, 0, 15, 1));
    expect(await throttle.begin("10.0.0.4")).toMatchObject({ isThrottled: false, delayMs: 0 });
  });

  it("counts IPv6 clients per /64 and IPv4 clients per address", async () => {
    expect(throttleKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttleKeyOf("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(throttleKeyOf("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleKeyOf("unknown")).toBe("unknown");
    const throttle = createSignInThrottle(createMemoryLimiter());
    for (let i = 0; i < 20; i++) await throttle.begin(`2001:db8:1:2::${i.toString(16)}`);
    expect((await throttle.begin("2001:db8:1:2:ffff::9")).isThrottled).toBe(true);
    expect((await throttle.begin("2001:db8:1:3::1")).isThrottled).toBe(false);
  });
});
