import { describe, expect, it } from "vitest";
import { chineseDate, daysBetween } from "./chinese-date";

describe("official-letter dates", () => {
  it("writes 2026年11月28日 without leading zeros", () => {
    expect(chineseDate("2026-11-28")).toBe("2026年11月28日");
    expect(chineseDate("2026-03-05")).toBe("2026年3月5日");
  });

  it("counts whole days across month and year ends", () => {
    expect(daysBetween("2026-10-31", "2026-11-28")).toBe(28);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-11-28", "2026-11-28")).toBe(0);
  });
});
