import { describe, expect, it } from "vitest";
import { frac } from "@/tests/fixtures/scoring/build";
import { DEFAULT_LIST_SETTINGS, redBlackLists } from "./lists";
import { rankDepartments } from "./ranking";

const dept = (name: string, composite: string | null, overdueOpen = 0) => ({
  name,
  composite: composite === null ? null : frac(composite),
  overdueOpen,
  inspectionScore: null,
});
const lists = (entries: ReturnType<typeof dept>[], settings = DEFAULT_LIST_SETTINGS) => redBlackLists(rankDepartments(entries), settings);

describe("red and black lists (defaults: red 5, black 3, threshold 85)", () => {
  const eight = [
    dept("D1", "98"),
    dept("D2", "95"),
    dept("D3", "92"),
    dept("D4", "90"),
    dept("D5", "88"),
    dept("D6", "86"),
    dept("D7", "84.995"), // 85.00 at 2 decimals: not below the threshold
    dept("D8", "80"),
    dept("U", null), // unranked: on neither list
  ];

  it("red: the first 5 ranked; black: the last 3 ranked, in list order", () => {
    expect(lists(eight)).toEqual({ redList: ["D1", "D2", "D3", "D4", "D5"], blackList: ["D6", "D7", "D8"] });
  });

  it("black also takes every ranked department strictly below the threshold at 2 decimals", () => {
    const settings = { ...DEFAULT_LIST_SETTINGS, redCount: 2, blackCount: 1 };
    // last 1: D8; below 85: D8 (80) only — D7 is 85.00, D6 86
    expect(lists(eight, settings)).toEqual({ redList: ["D1", "D2"], blackList: ["D8"] });
    // threshold 88.5: D5 (88), D6, D7, D8 are below
    expect(lists(eight, { ...settings, blackThreshold: frac("88.5") })).toEqual({ redList: ["D1", "D2"], blackList: ["D5", "D6", "D7", "D8"] });
  });

  it("red wins over black and the black list is not refilled", () => {
    // 6 ranked: red D1–D5; last 3 = D4, D5, D6 → D4, D5 are red → black is D6 alone
    expect(lists(eight.slice(0, 6))).toEqual({ redList: ["D1", "D2", "D3", "D4", "D5"], blackList: ["D6"] });
    // everyone below the threshold: still red first, black gets only the rest
    const low = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"].map((name, index) => dept(name, String(70 - index)));
    expect(lists(low)).toEqual({ redList: ["L1", "L2", "L3", "L4", "L5"], blackList: ["L6", "L7"] });
  });

  it("a tie straddling the red cut is decided by list order (positions, not ranks)", () => {
    const tied = [dept("A", "95"), dept("C", "90"), dept("B", "90"), dept("D", "80")];
    // ranks: A 1, B 2, C 2, D 4 — B and C share rank 2, B is listed first (name order)
    const settings = { ...DEFAULT_LIST_SETTINGS, redCount: 2, blackCount: 1 };
    expect(lists(tied, settings)).toEqual({ redList: ["A", "B"], blackList: ["D"] });
  });

  it("counts of 0 and threshold 0 give empty lists", () => {
    expect(lists(eight, { redCount: 0, blackCount: 0, blackThreshold: frac(0) })).toEqual({ redList: [], blackList: [] });
  });

  it("no ranked department: both lists empty", () => {
    expect(lists([dept("U", null)])).toEqual({ redList: [], blackList: [] });
  });
});
