import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import { occurrencesFor, occurrencesOfYear } from "./occurrences";

describe("occurrences of a recurring task", () => {
  it("has none for a one-off task", () => {
    expect(occurrencesOfYear("NONE", 2026)).toEqual([]);
  });

  it("splits a year into 12 months and 4 quarters, each due on its last day", () => {
    const months = occurrencesOfYear("MONTHLY", 2026);
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ periodStart: "2026-02-01", periodEnd: "2026-02-28", dueDate: "2026-02-28" });
    expect(occurrencesOfYear("MONTHLY", 2028)[1].periodEnd).toBe("2028-02-29");
    expect(occurrencesOfYear("QUARTERLY", 2026).map((q) => [q.periodStart, q.periodEnd])).toEqual([
      ["2026-01-01", "2026-03-31"],
      ["2026-04-01", "2026-06-30"],
      ["2026-07-01", "2026-09-30"],
      ["2026-10-01", "2026-12-31"],
    ]);
  });

  it("runs weeks Monday to Sunday, clipping the first and last week to the range", () => {
    // 2026-01-01 is a Thursday; 2026-12-31 is a Thursday.
    const weeks = occurrencesOfYear("WEEKLY", 2026);
    expect(weeks[0]).toEqual({ periodStart: "2026-01-01", periodEnd: "2026-01-04", dueDate: "2026-01-04" });
    expect(weeks[1]).toEqual({ periodStart: "2026-01-05", periodEnd: "2026-01-11", dueDate: "2026-01-11" });
    expect(weeks.at(-1)).toEqual({ periodStart: "2026-12-28", periodEnd: "2026-12-31", dueDate: "2026-12-31" });
    expect(weeks).toHaveLength(53);
  });

  it("tiles any range exactly: no gap, no overlap, nothing outside", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(
        fc.constantFrom("WEEKLY", "MONTHLY", "QUARTERLY") as fc.Arbitrary<"WEEKLY" | "MONTHLY" | "QUARTERLY">,
        day,
        fc.integer({ min: 0, max: 400 }),
        (recurrence, from, length) => {
          const to = addDays(from, length);
          const periods = occurrencesFor(recurrence, from, to);
          expect(periods[0].periodStart).toBe(from);
          expect(periods.at(-1)!.periodEnd).toBe(to);
          for (let i = 1; i < periods.length; i += 1) expect(periods[i].periodStart).toBe(addDays(periods[i - 1].periodEnd, 1));
          for (const period of periods) expect(period.periodStart <= period.periodEnd).toBe(true);
        },
      ),
    );
  });
});
