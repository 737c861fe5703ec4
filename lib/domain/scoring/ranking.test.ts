import { describe, expect, it } from "vitest";
import { frac } from "@/tests/fixtures/scoring/build";
import { compareCodePoints, rankCities, rankDepartments } from "./ranking";

const dept = (name: string, composite: string | null, overdueOpen = 0, inspectionScore: string | null = null) => ({
  name,
  composite: composite === null ? null : frac(composite),
  overdueOpen,
  inspectionScore: inspectionScore === null ? null : frac(inspectionScore),
});
const summary = (ranked: { name: string; rank: number | null }[]) => ranked.map(({ name, rank }) => `${rank ?? "-"} ${name}`);

describe("rankDepartments", () => {
  it("orders by composite descending", () => {
    expect(summary(rankDepartments([dept("A", "80"), dept("B", "95.5"), dept("C", "90")]))).toEqual(["1 B", "2 C", "3 A"]);
  });

  it("compares composites at 2 decimals, then fewer overdue, then higher exact inspection; equals share a rank", () => {
    const ranked = rankDepartments([
      dept("A", "90.004", 1, "90"), // 90.00
      dept("B", "89.995", 0, "70"), // 90.00 (half away from zero); fewest overdue → first
      dept("C", "90", 1, "95"), // higher inspection than A and D
      dept("D", "90.001", 1, "90"), // equal to A on all three keys → shares A's rank, listed by name
      dept("E", "80", 0, "99"),
      dept("F", null, 0, "100"), // no composite → unranked, after the ranked
    ]);
    expect(summary(ranked)).toEqual(["1 B", "2 C", "3 A", "3 D", "5 E", "- F"]);
  });

  it("shared ranks skip: 1, 2, 2, 4", () => {
    expect(summary(rankDepartments([dept("W", "70"), dept("X", "90"), dept("Y", "80"), dept("Z", "80")]))).toEqual(["1 X", "2 Y", "2 Z", "4 W"]);
  });

  it("inspection scores are compared exactly, and an absent one is lowest", () => {
    const ranked = rankDepartments([
      dept("P", "85", 0, "0.3333333"),
      dept("Q", "85", 0, null),
      dept("R", "85", 0, "0"),
      { ...dept("S", "85", 0), inspectionScore: frac(1).div(frac(3)) }, // 1/3 > 0.3333333
    ]);
    expect(summary(ranked)).toEqual(["1 S", "2 P", "3 R", "4 Q"]);
  });

  it("all departments tied share rank 1, listed by name", () => {
    const ranked = rankDepartments(["丁", "甲", "丙", "乙"].map((name) => dept(name, "85", 2, "85")));
    expect(summary(ranked)).toEqual(["1 丁", "1 丙", "1 乙", "1 甲"]); // U+4E01 < U+4E19 < U+4E59 < U+7532
  });

  it("names in Unicode code-point order, not locale (pinyin) order", () => {
    // 住 U+4F4F < 城 U+57CE, though pinyin (zhù, chéng) would put 城 first
    expect(summary(rankDepartments([dept("市城管局", "85"), dept("市住建局", "85")]))).toEqual(["1 市住建局", "1 市城管局"]);
  });

  it("unranked departments are listed by name after the ranked ones", () => {
    expect(summary(rankDepartments([dept("b", null), dept("z", "1"), dept("a", null)]))).toEqual(["1 z", "- a", "- b"]);
  });
});

describe("compareCodePoints", () => {
  it("orders by code point, not UTF-16 unit: U+FF21 (Ａ) before U+20000 (𠀀)", () => {
    expect(compareCodePoints("\uFF21", "\u{20000}")).toBeLessThan(0);
    expect("\uFF21" < "\u{20000}").toBe(false); // what a plain string comparison would say
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
    expect(compareCodePoints("同", "同")).toBe(0);
  });
});

describe("rankCities: by cityScore, ties by fewer vetoed rounds, equals share a rank", () => {
  it("ranks a province's cities", () => {
    const city = (name: string, score: string | null, vetoedRounds: number) => ({ name, cityScore: score === null ? null : frac(score), vetoedRounds });
    const ranked = rankCities([
      city("酒泉市", "92.504", 1), // 92.50 at 2 decimals, but vetoed once
      city("张掖市", "92.5", 0),
      city("嘉峪关市", "95", 2),
      city("金昌市", "92.495", 0), // 92.50, 0 vetoed: equal to 张掖市 → shares rank 2
      city("武威市", null, 0),
    ]);
    // 张 U+5F20 < 金 U+91D1
    expect(summary(ranked)).toEqual(["1 嘉峪关市", "2 张掖市", "2 金昌市", "4 酒泉市", "- 武威市"]);
  });
});
