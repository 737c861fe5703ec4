import { describe, expect, it } from "vitest";
import { reportFigures } from "./report-figures";

describe("reportFigures", () => {
  it("is zero with no satisfaction rate before the first report or rating", () => {
    expect(reportFigures(null)).toEqual({ received: 0, accepted: 0, rectified: 0, satisfied: 0, dissatisfied: 0, satisfactionRate: null });
  });

  it("gives satisfaction as a percentage of ratings with one decimal, rounded half up", () => {
    const counts = { received: 9, accepted: 7, rectified: 5, satisfied: 2, dissatisfied: 1 };
    expect(reportFigures(counts)).toMatchObject({ received: 9, accepted: 7, rectified: 5, satisfactionRate: "66.7" });
    expect(reportFigures({ ...counts, satisfied: 1, dissatisfied: 7 }).satisfactionRate).toBe("12.5");
    expect(reportFigures({ ...counts, satisfied: 1, dissatisfied: 15 }).satisfactionRate).toBe("6.3");
    expect(reportFigures({ ...counts, satisfied: 4, dissatisfied: 0 }).satisfactionRate).toBe("100.0");
  });
});
