import { describe, expect, it } from "vitest";
import { appealWindowClosesOn, isAppealWindowOpen } from "./appeal-window";

describe("the appeal window", () => {
  // 2026-03-31 23:30 in Shanghai is 15:30 UTC: the round closed on the 31st, Shanghai time.
  const closedAt = new Date("2026-03-31T15:30:00Z");

  it("runs from the Shanghai day the round closed through appealDays days later", () => {
    expect(appealWindowClosesOn(closedAt, 3)).toBe("2026-04-03");
    expect(isAppealWindowOpen(closedAt, 3, new Date("2026-04-03T15:59:59Z"))).toBe(true); // 23:59:59 on the 3rd
    expect(isAppealWindowOpen(closedAt, 3, new Date("2026-04-03T16:00:00Z"))).toBe(false); // the 4th in Shanghai
  });

  it("is off with 0 days or for a round that never closed", () => {
    expect(appealWindowClosesOn(closedAt, 0)).toBeNull();
    expect(appealWindowClosesOn(null, 5)).toBeNull();
    expect(isAppealWindowOpen(closedAt, 0, closedAt)).toBe(false);
  });
});
