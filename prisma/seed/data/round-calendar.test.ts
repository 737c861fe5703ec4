import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import { mondayOf } from "@/lib/domain/rounds/monday-of";
import { demoRoundCalendar, otherCityRoundCalendar } from "./round-calendar";

describe("demoRoundCalendar", () => {
  it("dates a dozen closed rounds before today and runs this week's", () => {
    for (const today of ["2026-12-03", "2026-03-01", "2027-01-04"]) {
      const plans = demoRoundCalendar(today);
      const closed = plans.filter((plan) => plan.status === "CLOSED");
      expect(closed.length).toBeGreaterThanOrEqual(12);
      expect(closed.every((plan) => plan.periodEnd < today && plan.periodStart <= plan.periodEnd)).toBe(true);
      expect(new Set(closed.map((plan) => plan.kind))).toEqual(new Set(["WEEKLY", "MONTHLY", "MOCK", "RECHECK"]));
      const [running] = plans.filter((plan) => plan.status === "IN_PROGRESS");
      expect(running).toMatchObject({ kind: "WEEKLY", periodStart: mondayOf(today), periodEnd: addDays(mondayOf(today), 6) });
      expect(new Set(plans.map((plan) => plan.name)).size).toBe(plans.length);
    }
  });

  it("gives the other cities closed rounds only", () => {
    const plans = otherCityRoundCalendar("2026-12-07", { 小区: 2 });
    expect(plans.length).toBeGreaterThanOrEqual(2);
    expect(plans.every((plan) => plan.status === "CLOSED" && plan.periodEnd < "2026-12-07" && plan.perType.小区 === 2)).toBe(true);
  });

  it("gives the other cities three weeks to publish two of and last month's round, which ends in last month", () => {
    for (const [today, lastMonth] of [
      ["2026-12-03", "2026-11"],
      ["2026-12-21", "2026-11"],
      ["2027-01-04", "2026-12"],
    ]) {
      const plans = otherCityRoundCalendar(today, { 小区: 2 });
      expect(plans.filter((plan) => plan.kind === "WEEKLY")).toHaveLength(3);
      const monthly = plans.filter((plan) => plan.kind === "MONTHLY");
      expect(monthly).toHaveLength(1);
      expect(monthly[0].periodEnd.slice(0, 7), today).toBe(lastMonth);
      expect(monthly[0].periodEnd < today).toBe(true);
    }
  });
});
