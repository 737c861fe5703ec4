import { describe, expect, it } from "vitest";
import { Fraction } from "./fraction";
import { compileRubric, readOutcome, type CheckOutcome, type RubricInput } from "./rubrics";
import { ScoringInputError } from "./scoring-input-error";

const P = Fraction.of(4);
const compile = (rubric: unknown) => compileRubric(rubric as RubricInput, P, "criteria[3].rubric");

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return error.field;
    throw error;
  }
  throw new Error("expected a ScoringInputError");
}

describe("compileRubric", () => {
  it("DEDUCT: cap defaults to P and a cap above P acts as P", () => {
    const noCap = compile({ kind: "DEDUCT", perFinding: 0.5 });
    expect(noCap.kind === "DEDUCT" && noCap.cap.toString()).toBe("4");
    const bigCap = compile({ kind: "DEDUCT", perFinding: 0.5, cap: 10 });
    expect(bigCap.kind === "DEDUCT" && bigCap.cap.toString()).toBe("4");
    const zeroCap = compile({ kind: "DEDUCT", perFinding: 0.5, cap: 0 });
    expect(zeroCap.kind === "DEDUCT" && zeroCap.cap.toString()).toBe("0");
  });

  it("GRADED: default map {A:1, B:0.8, C:0.6, D:0}; a given map replaces it whole", () => {
    const graded = compile({ kind: "GRADED" });
    expect(graded.kind === "GRADED" && [...graded.grades].map(([grade, value]) => `${grade}=${value}`)).toEqual(["A=1", "B=4/5", "C=3/5", "D=0"]);
    const custom = compile({ kind: "GRADED", grades: { 优: 1, 良: "0.5" } });
    expect(custom.kind === "GRADED" && [...custom.grades.keys()]).toEqual(["优", "良"]);
  });

  it.each([
    [{ kind: "DEDUCT" }, "criteria[3].rubric.perFinding"],
    [{ kind: "DEDUCT", perFinding: 0 }, "criteria[3].rubric.perFinding"],
    [{ kind: "DEDUCT", perFinding: -1 }, "criteria[3].rubric.perFinding"],
    [{ kind: "DEDUCT", perFinding: 1, cap: -0.5 }, "criteria[3].rubric.cap"],
    [{ kind: "GRADED", grades: { A: 1.2 } }, "criteria[3].rubric.grades.A"],
    [{ kind: "GRADED", grades: { B: -0.1 } }, "criteria[3].rubric.grades.B"],
    [{ kind: "GRADED", grades: {} }, "criteria[3].rubric.grades"],
    [{ kind: "THRESHOLD", direction: "AT_LEAST" }, "criteria[3].rubric.target"],
    [{ kind: "THRESHOLD", target: 0, direction: "AT_LEAST" }, "criteria[3].rubric.target"],
    [{ kind: "THRESHOLD", target: 5 }, "criteria[3].rubric.direction"],
    [{ kind: "THRESHOLD", target: 5, direction: "ABOVE" }, "criteria[3].rubric.direction"],
    [{ kind: "PERCENT" }, "criteria[3].rubric.kind"],
    [{ kind: "PROPORTION", perFinding: 1 }, "criteria[3].rubric.perFinding"],
    [null, "criteria[3].rubric"],
  ])("rejects %j naming %s", (rubric, field) => {
    expect(fieldOf(() => compile(rubric))).toBe(field);
  });
});

describe("readOutcome: an outcome that does not fit its rubric is invalid input, not a zero", () => {
  const deduct = compile({ kind: "DEDUCT", perFinding: 1 });
  const proportion = compile({ kind: "PROPORTION" });
  const graded = compile({ kind: "GRADED" });
  const threshold = compile({ kind: "THRESHOLD", target: 13, direction: "AT_LEAST" });
  const read = (rubric: ReturnType<typeof compile>, outcome: unknown) => () => readOutcome(rubric, outcome as CheckOutcome, "checks[2].outcome");

  it("accepts fitting outcomes", () => {
    expect(read(deduct, { findings: 0 })()).toEqual({ kind: "findings", count: 0 });
    expect(read(proportion, { pass: false })()).toEqual({ kind: "pass", passed: false });
    expect(read(graded, { grade: "B" })()).toMatchObject({ kind: "grade" });
    expect(read(threshold, { value: 0 })()).toMatchObject({ kind: "value" });
  });

  it.each([
    [deduct, { grade: "A" }, "checks[2].outcome"],
    [deduct, { findings: -1 }, "checks[2].outcome.findings"],
    [deduct, { findings: 1.5 }, "checks[2].outcome.findings"],
    [deduct, { findings: 1, pass: true }, "checks[2].outcome"],
    [proportion, { findings: 1 }, "checks[2].outcome"],
    [proportion, { pass: "yes" }, "checks[2].outcome.pass"],
    [graded, { grade: "E" }, "checks[2].outcome.grade"],
    [threshold, { value: -2 }, "checks[2].outcome.value"],
    [threshold, { pass: true }, "checks[2].outcome"],
    [threshold, null, "checks[2].outcome"],
  ])("rejects %#: names %s", (rubric, outcome, field) => {
    expect(fieldOf(read(rubric, outcome))).toBe(field);
  });

  it("a grade outside a replacing map is invalid even if it is in the default map", () => {
    const custom = compile({ kind: "GRADED", grades: { 优: 1, 良: 0.5 } });
    expect(fieldOf(read(custom, { grade: "A" }))).toBe("checks[2].outcome.grade");
  });
});
