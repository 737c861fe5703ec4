import { describe, expect, it } from "vitest";
import { EMPTY_OUTCOME_INPUT, gradesOf, inputFromOutcome, outcomeFromInput } from "./outcome-input";

describe("an outcome from the inspector's control", () => {
  it("is pass/fail for PASS_FAIL and PROPORTION, and asks for a choice when none is made", () => {
    expect(outcomeFromInput({ kind: "PASS_FAIL" }, { ...EMPTY_OUTCOME_INPUT, pass: false })).toEqual({ ok: true, outcome: { pass: false } });
    expect(outcomeFromInput({ kind: "PROPORTION" }, { ...EMPTY_OUTCOME_INPUT, pass: true })).toEqual({ ok: true, outcome: { pass: true } });
    expect(outcomeFromInput({ kind: "PASS_FAIL" }, EMPTY_OUTCOME_INPUT)).toEqual({ ok: false, errorKey: "inspect.errors.choosePass" });
  });

  it("is a whole count of problems for DEDUCT (0 is a clean check)", () => {
    expect(outcomeFromInput({ kind: "DEDUCT", perFinding: 0.5 }, { ...EMPTY_OUTCOME_INPUT, findings: 3 })).toEqual({ ok: true, outcome: { findings: 3 } });
    expect(outcomeFromInput({ kind: "DEDUCT", perFinding: 0.5 }, EMPTY_OUTCOME_INPUT)).toEqual({ ok: true, outcome: { findings: 0 } });
    expect(outcomeFromInput({ kind: "DEDUCT", perFinding: 0.5 }, { ...EMPTY_OUTCOME_INPUT, findings: 1.5 })).toMatchObject({ ok: false });
    expect(outcomeFromInput({ kind: "DEDUCT", perFinding: 0.5 }, { ...EMPTY_OUTCOME_INPUT, findings: -1 })).toMatchObject({ ok: false });
  });

  it("is one of the rubric's own grades for GRADED, best first, A–D when the rubric names none", () => {
    const rubric = { kind: "GRADED" as const, grades: { 差: 0, 优: 1, 良: 0.7 } };
    expect(gradesOf(rubric)).toEqual(["优", "良", "差"]);
    expect(gradesOf({ kind: "GRADED" })).toEqual(["A", "B", "C", "D"]);
    expect(outcomeFromInput(rubric, { ...EMPTY_OUTCOME_INPUT, grade: "良" })).toEqual({ ok: true, outcome: { grade: "良" } });
    expect(outcomeFromInput(rubric, { ...EMPTY_OUTCOME_INPUT, grade: "B" })).toEqual({ ok: false, errorKey: "inspect.errors.chooseGrade" });
  });

  it("is a decimal string for THRESHOLD, never a float", () => {
    const rubric = { kind: "THRESHOLD" as const, target: 13, direction: "AT_LEAST" as const };
    expect(outcomeFromInput(rubric, { ...EMPTY_OUTCOME_INPUT, value: " 12.5 " })).toEqual({ ok: true, outcome: { value: "12.5" } });
    for (const value of ["", "abc", "1e3", "12,5", ".", "1.23456", "12345678901"])
      expect(outcomeFromInput(rubric, { ...EMPTY_OUTCOME_INPUT, value })).toMatchObject({ ok: false });
  });

  it("round-trips through the control's state", () => {
    for (const outcome of [{ pass: true }, { findings: 2 }, { grade: "B" }, { value: "12.5" }]) {
      const kind = "pass" in outcome ? "PASS_FAIL" : "findings" in outcome ? "DEDUCT" : "grade" in outcome ? "GRADED" : "THRESHOLD";
      expect(outcomeFromInput({ kind }, inputFromOutcome(outcome))).toEqual({ ok: true, outcome });
    }
  });
});
