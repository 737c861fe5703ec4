import { describe, expect, it } from "vitest";
import { addDays, endOfShanghaiDay, formatBusinessDate, formatInstant, parseBusinessDate, todayInShanghai } from "./dates";

describe("business dates in Asia/Shanghai", () => {
  it("takes today's date in Shanghai, not UTC", () => {
    // 2026-03-01 17:30 UTC is already 2026-03-02 01:30 in Shanghai (UTC+8).
    expect(todayInShanghai(new Date("2026-03-01T17:30:00Z"))).toBe("2026-03-02");
    expect(todayInShanghai(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
  });

  it("shows instants in Shanghai time", () => {
    expect(formatInstant(new Date("2026-03-01T06:05:00Z"))).toBe("2026-03-01 14:05");
  });

  it("round-trips calendar dates and rejects impossible ones", () => {
    expect(formatBusinessDate(parseBusinessDate("2026-02-28"))).toBe("2026-02-28");
    expect(() => parseBusinessDate("2026-02-30")).toThrow(RangeError);
    expect(() => parseBusinessDate("0000-01-01")).toThrow(RangeError);
    expect(() => parseBusinessDate("3000-01-01")).toThrow(RangeError);
    expect(formatBusinessDate(parseBusinessDate("1900-01-01"))).toBe("1900-01-01");
    expect(() => parseBusinessDate("2026/02/01")).toThrow(RangeError);
  });

  it("adds calendar days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("the end of a business day", () => {
  it("is 23:59:59.999 in Shanghai, 15:59:59.999 UTC", () => {
    expect(endOfShanghaiDay(parseBusinessDate("2026-03-31")).toISOString()).toBe("2026-03-31T15:59:59.999Z");
    expect(todayInShanghai(endOfShanghaiDay(parseBusinessDate("2026-03-31")))).toBe("2026-03-31");
  });
});
