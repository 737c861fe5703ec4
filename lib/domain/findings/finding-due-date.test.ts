import { describe, expect, it } from "vitest";
import { findingDueDate, rectificationDays } from "./finding-due-date";

describe("a finding's due date", () => {
  it("takes the most specific window: city's criterion override, criterion, city, then 7 days", () => {
    expect(rectificationDays({ cityCriterionDays: 3, criterionDays: 5, cityDays: 10 })).toBe(3);
    expect(rectificationDays({ cityCriterionDays: null, criterionDays: 5, cityDays: 10 })).toBe(5);
    expect(rectificationDays({ criterionDays: null, cityDays: 10 })).toBe(10);
    expect(rectificationDays({})).toBe(7);
  });

  it("counts calendar days from the check's date, across month ends", () => {
    expect(findingDueDate("2026-03-28", {})).toBe("2026-04-04");
    expect(findingDueDate("2026-12-30", { criterionDays: 2 })).toBe("2027-01-01");
  });
});
