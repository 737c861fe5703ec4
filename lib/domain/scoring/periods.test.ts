import { describe, expect, it } from "vitest";
import { fixed, frac } from "@/tests/fixtures/scoring/build";
import { cycleScore, monthPeriod, periodScore, quarterPeriod, yearPeriod } from "./periods";

const round = (periodEnd: string, score: string | null, isPublished = true) => ({ periodEnd, score: score === null ? null : frac(score), isPublished });
const rounds = [
  round("2026-01-15", "80"),
  round("2026-01-31", "90"),
  round("2026-02-01", "70"),
  round("2026-01-20", "10", false), // a draft round: never counted
  round("2026-03-31", null), // published but nothing assessed: no score to average
  round("2026-01-03", "60"), // began in December, ends in January: counts for January
];

describe("period scores: mean of the published rounds whose period ends inside", () => {
  it("month", () => {
    expect(fixed(periodScore(rounds, monthPeriod(2026, 1)))).toBe("76.6667"); // (80 + 90 + 60)/3 = 230/3
    expect(fixed(periodScore(rounds, monthPeriod(2026, 2)))).toBe("70.0000");
    expect(periodScore(rounds, monthPeriod(2026, 4))).toBeNull();
  });

  it("quarter and year: each round weighted equally", () => {
    expect(fixed(periodScore(rounds, quarterPeriod(2026, 1)))).toBe("75.0000"); // (80 + 90 + 70 + 60)/4
    expect(fixed(periodScore(rounds, yearPeriod(2026)))).toBe("75.0000");
    expect(periodScore(rounds, yearPeriod(2025))).toBeNull();
  });

  it("calendar bounds", () => {
    expect(monthPeriod(2024, 2)).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthPeriod(2026, 12)).toEqual({ start: "2026-12-01", end: "2026-12-31" });
    expect(quarterPeriod(2026, 2)).toEqual({ start: "2026-04-01", end: "2026-06-30" });
    expect(quarterPeriod(2026, 4)).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(yearPeriod(2026)).toEqual({ start: "2026-01-01", end: "2026-12-31" });
  });
});

describe("cycle score = Σ yearScore·w / Σ w over the years that have a score", () => {
  it("default weights 0.15, 0.25, 0.60", () => {
    expect(fixed(cycleScore([frac(80), frac(90), frac(95)]))).toBe("91.5000"); // 12 + 22.5 + 57
  });

  it("only years with a score", () => {
    expect(fixed(cycleScore([frac(80), frac(90), null]))).toBe("86.2500"); // (12 + 22.5)/0.4 = 86.25
    expect(cycleScore([null, null, null])).toBeNull();
  });

  it("the cycle's own weights", () => {
    expect(fixed(cycleScore([frac(80), frac(90)], [frac(1), frac(3)]))).toBe("87.5000"); // (80 + 270)/4
    expect(cycleScore([frac(80), null], [frac(0), frac(1)])).toBeNull(); // weights of the scored years sum to 0
    expect(() => cycleScore([frac(80)], [frac(1), frac(1)])).toThrow(/^weights: /);
    expect(() => cycleScore([frac(80)], [frac(-1)])).toThrow(/^weights\[0\]: /);
  });
});
