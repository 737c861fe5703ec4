import { describe, expect, it } from "vitest";
import { parseCalculatorInput } from "./calculator-input";
import { ScoringInputError } from "./scoring-input-error";

const valid = {
  criteria: [{ code: "1.1", points: 2, rubric: { kind: "THRESHOLD", target: "13", direction: "AT_LEAST" } }],
  checks: [{ criterion: "1.1", departments: ["市城管局"], outcome: { value: 12 } }],
  findings: [{ department: "市城管局", due: "2026-03-05", verifiedAt: null }],
  tasks: [{ department: "市城管局", completed: false, lastEntryDate: null }],
  period: { start: "2026-03-01", end: "2026-03-31" },
};

function errorOf(json: unknown): ScoringInputError {
  try {
    parseCalculatorInput(json);
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error("expected a ScoringInputError");
}

describe("parseCalculatorInput", () => {
  it("accepts the documented shape and drops meta", () => {
    expect(parseCalculatorInput({ ...valid, meta: { roundId: "r1" }, weights: { inspection: 1 }, lists: { redCount: 1 }, departments: [] })).not.toHaveProperty(
      "meta",
    );
  });

  it.each([
    [{ ...valid, criteria: [{ ...valid.criteria[0], rubric: { kind: "PERCENT" } }] }, "criteria[0].rubric.kind", /unknown rubric kind/],
    [{ ...valid, criteria: [{ ...valid.criteria[0], rubric: { kind: "DEDUCT" } }] }, "criteria[0].rubric.perFinding", /missing field/],
    [
      { ...valid, criteria: [{ ...valid.criteria[0], rubric: { kind: "THRESHOLD", target: 1, direction: "UP" } }] },
      "criteria[0].rubric.direction",
      /AT_LEAST or AT_MOST/,
    ],
    [{ ...valid, criteria: [{ ...valid.criteria[0], rubric: { kind: "PROPORTION", cap: 1 } }] }, "criteria[0].rubric.cap", /unknown field/],
    [{ ...valid, criteria: [{ ...valid.criteria[0], points: true }] }, "criteria[0].points", /expected a number/],
    [{ ...valid, checks: [{ ...valid.checks[0], outcome: { score: 1 } }] }, "checks[0].outcome", /expected one outcome/],
    [{ ...valid, findings: [{ department: "市城管局", due: "2026-03-05" }] }, "findings[0].verifiedAt", /missing field/],
    [{ ...valid, period: undefined }, "period", /missing field/],
    [{ ...valid, weight: { inspection: 1 } }, "weight", /unknown field/],
    [[], "input", /expected an object/],
  ])("%# names %s", (json, field, message) => {
    const error = errorOf(json);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });
});
