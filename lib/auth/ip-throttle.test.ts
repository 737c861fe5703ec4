import { beforeEach, describe, expect, it } from "vitest";
import { isIpThrottled, recordIpFailure, resetIpThrottle } from "./ip-throttle";

describe("per-address sign-in throttling", () => {
  beforeEach(() => resetIpThrottle());

  it("throttles an address after 30 failures within 15 minutes, and forgets them after", () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 29; i++) recordIpFailure("10.0.0.1", start + i);
    expect(isIpThrottled("10.0.0.1", start + 100)).toBe(false);
    recordIpFailure("10.0.0.1", start + 100);
    expect(isIpThrottled("10.0.0.1", start + 101)).toBe(true);
    expect(isIpThrottled("10.0.0.2", start + 101)).toBe(false);
    expect(isIpThrottled("10.0.0.1", start + 15 * 60 * 1000 + 101)).toBe(false);
  });
});
