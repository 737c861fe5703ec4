import { describe, expect, it } from "vitest";
import { formatSiteCode, isSiteCode, nextSiteCodes } from "./site-code";
import { parseCoordinate } from "./site-coordinates";
import { latestRoundPerSite, summarizeByStreet } from "./street-summary";

describe("site codes", () => {
  it("are ASCII letters, digits and dashes, at most 20", () => {
    expect(isSiteCode("D-0001")).toBe(true);
    expect(isSiteCode("xg-17")).toBe(true);
    for (const bad of ["", "点位1", "D 1", "D_1", "A".repeat(21)]) expect(isSiteCode(bad)).toBe(false);
  });

  it("are generated after the highest D-number, skipping any taken one", () => {
    expect(formatSiteCode(7)).toBe("D-0007");
    expect(formatSiteCode(12345)).toBe("D-12345");
    expect(nextSiteCodes([], 2)).toEqual(["D-0001", "D-0002"]);
    expect(nextSiteCodes(["D-0003", "M-9", "d-0005"], 2)).toEqual(["D-0006", "D-0007"]);
  });
});

describe("coordinates", () => {
  it("become canonical decimal text from text or an Excel number", () => {
    expect(parseCoordinate("98.277300", "longitude")).toEqual({ value: "98.2773" });
    expect(parseCoordinate(98.2773121, "longitude")).toEqual({ value: "98.277312" });
    expect(parseCoordinate("+39.0", "latitude")).toEqual({ value: "39" });
    expect(parseCoordinate("-0.000", "latitude")).toEqual({ value: "0" });
    expect(parseCoordinate("-33.5", "latitude")).toEqual({ value: "-33.5" });
  });

  it("refuse text, too many decimals and values out of range with the field's name", () => {
    expect(parseCoordinate("abc", "longitude")).toEqual({ message: expect.stringContaining("经度") });
    expect(parseCoordinate("1.1234567", "latitude")).toEqual({ message: expect.stringContaining("6 位小数") });
    expect(parseCoordinate("90.1", "latitude")).toEqual({ message: "纬度应在 -90 到 90 之间" });
    expect(parseCoordinate("180", "longitude")).toEqual({ value: "180" });
  });
});

describe("the per-street summary", () => {
  it("takes each site's latest round and counts results per street and type", () => {
    const latest = latestRoundPerSite([
      { siteId: "a", roundId: "r1", lastCheckedAt: new Date("2026-03-01") },
      { siteId: "a", roundId: "r2", lastCheckedAt: new Date("2026-03-08") },
      { siteId: "b", roundId: "r1", lastCheckedAt: new Date("2026-03-02") },
    ]);
    expect([...latest]).toEqual([
      ["a", "r2"],
      ["b", "r1"],
    ]);
    const results: Record<string, "passed" | "failed" | "unchecked"> = { a: "passed", b: "failed", c: "unchecked", d: "passed" };
    const summary = summarizeByStreet(
      [
        { id: "a", street: "雄关街道", siteTypeId: "lane" },
        { id: "b", street: "雄关街道", siteTypeId: "lane" },
        { id: "c", street: null, siteTypeId: "market" },
        { id: "d", street: "五一街道", siteTypeId: "market" },
      ],
      [
        { id: "lane", name: "背街小巷" },
        { id: "market", name: "集贸市场" },
        { id: "park", name: "公园" },
      ],
      (id) => results[id],
    );
    expect(summary.types.map((type) => type.id)).toEqual(["lane", "market"]);
    expect(summary.rows.map((row) => row.street)).toEqual(["五一街道", "雄关街道", null]);
    expect(summary.rows[1].cells.lane).toEqual({ sites: 2, passed: 1, failed: 1, unchecked: 0 });
    expect(summary.total).toEqual({ sites: 4, passed: 2, failed: 1, unchecked: 1 });
  });
});
