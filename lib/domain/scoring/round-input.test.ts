import { describe, expect, it } from "vitest";
import { compileRoundInput, type RoundInput } from "./round-input";
import { ScoringInputError } from "./scoring-input-error";

const valid: RoundInput = {
  criteria: [
    { code: "1", points: 2, rubric: { kind: "PASS_FAIL" } },
    { code: "2", points: "4", rubric: { kind: "DEDUCT", perFinding: "0.5" }, veto: true },
  ],
  checks: [{ criterion: "2", departments: ["市城管局", "新华街道", "市城管局"], outcome: { findings: 1 } }],
  findings: [{ department: "市住建局", due: "2026-03-05", verifiedAt: null }],
  tasks: [{ department: "市交通运输局", completed: false, lastEntryDate: "2026-03-02" }],
  period: { start: "2026-03-01", end: "2026-03-31" },
  departments: ["市教育局", "市城管局"],
};

function fieldOf(input: unknown): string {
  try {
    compileRoundInput(input as RoundInput);
  } catch (error) {
    if (error instanceof ScoringInputError) return error.field;
    throw error;
  }
  throw new Error("expected a ScoringInputError");
}

describe("compileRoundInput", () => {
  it("scores every department named anywhere: checks (also co-departments), findings, tasks and the list, once each", () => {
    expect(compileRoundInput(valid).departments).toEqual(["市城管局", "新华街道", "市住建局", "市交通运输局", "市教育局"]);
    expect(compileRoundInput(valid).checks[0].departments).toEqual(["市城管局", "新华街道"]);
  });

  it("takes default weights and list settings, per key", () => {
    const round = compileRoundInput({ ...valid, weights: { ledger: 0 }, lists: { redCount: 3 } });
    expect(Object.values(round.weights).map(String)).toEqual(["7/10", "1/5", "0"]);
    expect([round.lists.redCount, round.lists.blackCount, String(round.lists.blackThreshold)]).toEqual([3, 3, "85"]);
  });

  it.each([
    [{ criteria: [{ ...valid.criteria[0], points: 0 }] }, "criteria[0].points"],
    [{ criteria: [valid.criteria[0], { ...valid.criteria[1], points: -4 }] }, "criteria[1].points"],
    [{ criteria: [valid.criteria[0], { ...valid.criteria[0] }] }, "criteria[1].code"],
    [{ criteria: [valid.criteria[0], { ...valid.criteria[1], rubric: { kind: "DEDUCT", perFinding: 0 } }] }, "criteria[1].rubric.perFinding"],
    [{ criteria: [{ ...valid.criteria[0], veto: "yes" }] }, "criteria[0].veto"],
    [{ checks: [{ ...valid.checks[0], criterion: "9" }] }, "checks[0].criterion"],
    [{ checks: [{ ...valid.checks[0], outcome: { pass: true } }] }, "checks[0].outcome"],
    [{ checks: [{ ...valid.checks[0], outcome: { findings: -1 } }] }, "checks[0].outcome.findings"],
    [{ checks: [{ ...valid.checks[0], departments: ["市城管局", ""] }] }, "checks[0].departments[1]"],
    [{ findings: [{ ...valid.findings[0], due: "2026-02-30" }] }, "findings[0].due"],
    [{ findings: [{ ...valid.findings[0], verifiedAt: "2026/03/05" }] }, "findings[0].verifiedAt"],
    [{ tasks: [{ ...valid.tasks[0], lastEntryDate: "26-03-02" }] }, "tasks[0].lastEntryDate"],
    [{ tasks: [{ ...valid.tasks[0], completed: 1 }] }, "tasks[0].completed"],
    [{ period: { start: "2026-03-01", end: "2026-13-01" } }, "period.end"],
    [{ period: { start: "2026-04-01", end: "2026-03-31" } }, "period.end"],
    [{ weights: { rectification: -0.1 } }, "weights.rectification"],
    [{ lists: { redCount: 2.5 } }, "lists.redCount"],
    [{ lists: { blackThreshold: -1 } }, "lists.blackThreshold"],
    [{ departments: [""] }, "departments[0]"],
  ])("rejects %j naming %s", (change, field) => {
    expect(fieldOf({ ...valid, ...change })).toBe(field);
  });
});
