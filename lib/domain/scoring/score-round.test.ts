import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toCalculatorOutput } from "./calculator-output";
import { parseCalculatorInput } from "./calculator-input";
import { scoreRound } from "./score-round";

const fixture = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/scoring", name), "utf8"));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

describe("scoreRound", () => {
  // The arithmetic of each fixture is written out beside it (tests/fixtures/scoring/<name>.md; the README example in docs/auditor-calculator.md).
  it.each(["round-basic", "round-veto-ties", "readme-example"])("reproduces the hand-computed %s", (name) => {
    expect(toCalculatorOutput(scoreRound(parseCalculatorInput(fixture(`${name}.input.json`))))).toEqual(fixture(`${name}.expected.json`));
  });

  it("a tie that straddles the red cut is decided by list order", () => {
    const scores = scoreRound({
      criteria: [{ code: "c", points: 1, rubric: { kind: "PASS_FAIL" } }],
      checks: ["乙", "甲", "丙"].map((name, index) => ({ criterion: "c", departments: [name], outcome: { pass: index !== 2 } })),
      findings: [],
      tasks: [],
      period: { start: "2026-03-01", end: "2026-03-31" },
      lists: { redCount: 1, blackCount: 1 },
    });
    // 乙 and 甲 both 100 → rank 1 shared; 乙 (U+4E59) is listed before 甲 (U+7532) and takes the one red place
    expect(scores.departments.map((d) => [d.name, d.rank])).toEqual([
      ["乙", 1],
      ["甲", 1],
      ["丙", 3],
    ]);
    expect([scores.redList, scores.blackList]).toEqual([["乙"], ["丙"]]);
  });

  it("DEDUCT finding counts and rectification findings are separate records", () => {
    const scores = scoreRound({
      criteria: [{ code: "c", points: 4, rubric: { kind: "DEDUCT", perFinding: 1 } }],
      checks: [{ criterion: "c", departments: ["X"], outcome: { findings: 3 } }],
      findings: [{ department: "X", due: "2026-03-10", verifiedAt: "2026-03-09" }],
      tasks: [],
      period: { start: "2026-03-01", end: "2026-03-31" },
    });
    // the 3 counted findings score the round (4 − 3 = 1 → 25); the one finding record alone feeds the rate (1 of 1)
    expect(toCalculatorOutput(scores).departments[0]).toMatchObject({ inspectionScore: "25.0000", rectificationRate: "100.0000", overdueOpen: 0 });
  });

  it("recomputing gives the same numbers and never changes the input", () => {
    const input = deepFreeze(parseCalculatorInput(fixture("round-basic.input.json")));
    expect(toCalculatorOutput(scoreRound(input))).toEqual(toCalculatorOutput(scoreRound(input)));
  });

  it("a round with nothing in it", () => {
    const output = toCalculatorOutput(scoreRound({ criteria: [], checks: [], findings: [], tasks: [], period: { start: "2026-03-01", end: "2026-03-31" } }));
    expect(output).toEqual({ cityScore: null, vetoed: false, criteria: [], departments: [], redList: [], blackList: [] });
  });
});
