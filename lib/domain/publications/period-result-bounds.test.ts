import { describe, expect, it } from "vitest";
import { periodBoundsErrors } from "./period-result-bounds";

describe("a period publication's dates", () => {
  it("are a calendar month, quarter or year for those kinds", () => {
    expect(periodBoundsErrors("MONTH", "2024-02-01", "2024-02-29")).toBeNull();
    expect(periodBoundsErrors("MONTH", "2026-02-01", "2026-02-27")?.periodEnd?.[0]).toContain("自然月");
    expect(periodBoundsErrors("QUARTER", "2026-04-01", "2026-06-30")).toBeNull();
    expect(periodBoundsErrors("QUARTER", "2026-02-01", "2026-04-30")?.periodStart?.[0]).toContain("自然季度");
    expect(periodBoundsErrors("YEAR", "2026-01-01", "2026-12-31")).toBeNull();
    expect(periodBoundsErrors("YEAR", "2026-01-01", "2026-06-30")?.periodEnd?.[0]).toContain("自然年");
  });

  it("are one of the city's cycles for CYCLE (whole years when no cycles are given)", () => {
    const cycles = [{ startYear: 2024, endYear: 2026 }];
    expect(periodBoundsErrors("CYCLE", "2024-01-01", "2026-12-31", cycles)).toBeNull();
    expect(periodBoundsErrors("CYCLE", "2025-01-01", "2027-12-31", cycles)?.periodStart?.[0]).toContain("创建周期");
    expect(periodBoundsErrors("CYCLE", "2025-01-01", "2027-12-31")).toBeNull();
  });

  it("are real dates in order", () => {
    expect(periodBoundsErrors("ROUND", "2026-02-30", "2026-03-01")).toEqual({ periodStart: ["日期格式应为 YYYY-MM-DD"] });
    expect(periodBoundsErrors("ROUND", "2026-03-02", "2026-03-01")).toEqual({ periodEnd: ["结束日期不能早于开始日期"] });
    expect(periodBoundsErrors("ROUND", "2026-03-01", "2026-03-09")).toBeNull();
  });
});
