import { describe, expect, it } from "vitest";
import { check, criterion, fixed } from "@/tests/fixtures/scoring/build";
import { cityRoundScore } from "./city-score";

const deduct = criterion("1.1", 4, { kind: "DEDUCT", perFinding: 0.5, cap: 2 });
const proportion = criterion("1.2", 6, { kind: "PROPORTION" });
const unchecked = criterion("1.3", 5, { kind: "PASS_FAIL" });
const vetoPassFail = criterion("9.1", 2, { kind: "PASS_FAIL" }, true);

const baseChecks = [
  check(deduct, ["甲"], { findings: 1 }),
  check(deduct, ["乙"], { findings: 1 }),
  check(proportion, ["甲"], { pass: true }),
  check(proportion, ["乙"], { pass: true }),
  check(proportion, ["丙"], { pass: false }),
];

describe("cityScore = 100 · ΣE / ΣP over the assessed criteria", () => {
  it("uses all checks of the round; an unchecked criterion adds nothing to earned or possible", () => {
    // 1.1: n = 2 → 4 − min(2, 1) = 3; 1.2: 6·2/3 = 4; 1.3 not assessed
    // cityScore = 100·(3 + 4)/(4 + 6) = 70
    const result = cityRoundScore([deduct, proportion, unchecked], baseChecks);
    expect(fixed(result.cityScore)).toBe("70.0000");
    expect(result.vetoed).toBe(false);
    expect(result.criteria.map((c) => [c.code, c.assessed, fixed(c.earned), fixed(c.possible)])).toEqual([
      ["1.1", true, "3.0000", "4.0000"],
      ["1.2", true, "4.0000", "6.0000"],
      ["1.3", false, null, null],
    ]);
  });

  it("is absent when no criterion is assessed", () => {
    expect(cityRoundScore([unchecked], []).cityScore).toBeNull();
    expect(cityRoundScore([], []).cityScore).toBeNull();
  });
});

describe("veto (一票否决)", () => {
  it("an assessed veto criterion earning exactly 0 sets vetoed; the score is still given", () => {
    // 9.1 fails: E = 0 → vetoed; cityScore = 100·(3 + 4 + 0)/(4 + 6 + 2) = 700/12 = 58.3333…
    const result = cityRoundScore([deduct, proportion, vetoPassFail], [...baseChecks, check(vetoPassFail, ["甲"], { pass: false })]);
    expect(result.vetoed).toBe(true);
    expect(fixed(result.cityScore)).toBe("58.3333");
  });

  it("an unassessed veto criterion does not veto", () => {
    expect(cityRoundScore([deduct, proportion, vetoPassFail], baseChecks).vetoed).toBe(false);
  });

  it("a veto criterion earning more than 0 does not veto", () => {
    const vetoDeduct = criterion("9.2", 2, { kind: "DEDUCT", perFinding: 1 }, true);
    expect(cityRoundScore([vetoDeduct], [check(vetoDeduct, ["甲"], { findings: 1 })]).vetoed).toBe(false); // E = 1
    expect(cityRoundScore([vetoDeduct], [check(vetoDeduct, ["甲"], { findings: 2 })]).vetoed).toBe(true); // E = 0
  });

  it("a non-veto criterion earning 0 does not veto", () => {
    expect(cityRoundScore([unchecked], [check(unchecked, ["甲"], { pass: false })]).vetoed).toBe(false);
  });
});
