import { describe, expect, it } from "vitest";
import { defaultChoice, periodRange, type PeriodChoice } from "./period-range";

const choice = (overrides: Partial<PeriodChoice>): PeriodChoice => ({ kind: "MONTH", year: 2026, month: 1, quarter: 1, cycleId: "", ...overrides });
const cycles = [{ id: "c1", name: "2024—2026年创建周期", startYear: 2024, endYear: 2026 }];

describe("periodRange", () => {
  it("fills a calendar month to its last day, February of a leap year included", () => {
    expect(periodRange(choice({ month: 11 }))).toEqual({ periodStart: "2026-11-01", periodEnd: "2026-11-30" });
    expect(periodRange(choice({ year: 2028, month: 2 }))).toEqual({ periodStart: "2028-02-01", periodEnd: "2028-02-29" });
    expect(periodRange(choice({ month: 2 }))).toEqual({ periodStart: "2026-02-01", periodEnd: "2026-02-28" });
  });

  it("fills a quarter, a year and a cycle's years", () => {
    expect(periodRange(choice({ kind: "QUARTER", quarter: 4 }))).toEqual({ periodStart: "2026-10-01", periodEnd: "2026-12-31" });
    expect(periodRange(choice({ kind: "QUARTER", quarter: 1 }))).toEqual({ periodStart: "2026-01-01", periodEnd: "2026-03-31" });
    expect(periodRange(choice({ kind: "YEAR" }))).toEqual({ periodStart: "2026-01-01", periodEnd: "2026-12-31" });
    expect(periodRange(choice({ kind: "CYCLE", cycleId: "c1" }), cycles)).toEqual({ periodStart: "2024-01-01", periodEnd: "2026-12-31" });
    expect(periodRange(choice({ kind: "CYCLE", cycleId: "" }), cycles)).toBeNull();
  });

  it("starts on last month, across a new year too", () => {
    expect(defaultChoice("2026-12-03", cycles)).toEqual({ kind: "MONTH", year: 2026, month: 11, quarter: 4, cycleId: "c1" });
    expect(defaultChoice("2027-01-15")).toMatchObject({ year: 2026, month: 12, cycleId: "" });
  });
});
