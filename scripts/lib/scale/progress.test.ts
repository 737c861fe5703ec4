import { describe, expect, it } from "vitest";
import { formatProgress } from "./progress";

describe("formatProgress", () => {
  it("draws the share, the counts and the rate", () => {
    expect(formatProgress("checks", 960_000, 2_000_000, 78)).toBe("[##########----------] 48% checks 960000/2000000 12.3k/s");
    expect(formatProgress("checks", 0, 10, 0)).toBe("[--------------------] 0% checks 0/10 0/s");
    expect(formatProgress("checks", 10, 10, 2)).toBe("[####################] 100% checks 10/10 5.0/s");
    expect(formatProgress("cities", 14, 14, 28)).toBe("[####################] 100% cities 14/14 0.5/s");
  });
});
