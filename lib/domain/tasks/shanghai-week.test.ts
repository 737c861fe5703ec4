import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { weekOf } from "./shanghai-week";

describe("weekOf", () => {
  it("runs Monday to Sunday", () => {
    expect(weekOf("2026-11-28")).toEqual({ from: "2026-11-23", to: "2026-11-29" }); // a Saturday
    expect(weekOf("2026-11-23")).toEqual({ from: "2026-11-23", to: "2026-11-29" }); // Monday
    expect(weekOf("2026-11-29")).toEqual({ from: "2026-11-23", to: "2026-11-29" }); // Sunday
    expect(weekOf("2027-01-01")).toEqual({ from: "2026-12-28", to: "2027-01-03" }); // across the year
  });

  it("always holds the date and starts on a Monday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), (offset) => {
        const date = addDays("2000-01-01", offset);
        const { from, to } = weekOf(date);
        expect(from <= date && date <= to).toBe(true);
        expect(parseBusinessDate(from).getUTCDay()).toBe(1);
        expect(addDays(from, 6)).toBe(to);
      }),
    );
  });
});
