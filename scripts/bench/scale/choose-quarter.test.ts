import { describe, expect, it } from "vitest";
import { chooseQuarter } from "./choose-quarter";

describe("chooseQuarter", () => {
  it("takes the latest quarter that has ended and holds a round", () => {
    const ends = ["2026-06-28", "2026-07-05", "2026-09-27", "2026-10-04", "2026-11-29"];
    expect(chooseQuarter(ends, "2026-12-03")).toEqual({ start: "2026-07-01", end: "2026-09-30" });
  });

  it("falls back to the latest round's quarter when none has ended yet", () => {
    expect(chooseQuarter(["2026-10-11", "2026-11-29"], "2026-12-03")).toEqual({ start: "2026-10-01", end: "2026-12-31" });
  });

  it("answers null without rounds", () => {
    expect(chooseQuarter([], "2026-12-03")).toBeNull();
  });
});
