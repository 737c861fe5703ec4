import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earnedPoints } from "./criterion-score";
import { parseDecimal } from "./decimal-input";
import { Fraction } from "./fraction";
import { compileRubric, readOutcome, type CheckOutcome, type RubricInput } from "./rubrics";

// Decimals with up to 2 places, as text: exact inputs like the ones an edition holds.
const positive = fc.integer({ min: 1, max: 100_000 }).map((cents) => (cents / 100).toFixed(2));
const nonNegative = fc.integer({ min: 0, max: 100_000 }).map((cents) => (cents / 100).toFixed(2));
const unit = fc.integer({ min: 0, max: 100 }).map((percent) => (percent / 100).toFixed(2));

type Case = { rubric: RubricInput; outcomes: CheckOutcome[] };
const checks = <T>(outcome: fc.Arbitrary<T>) => fc.array(outcome, { minLength: 1, maxLength: 12 });

const deductCase = fc
  .record({ perFinding: positive, cap: fc.option(nonNegative, { nil: undefined }), counts: checks(fc.nat(50)) })
  .map(({ perFinding, cap, counts }): Case => ({ rubric: { kind: "DEDUCT", perFinding, cap }, outcomes: counts.map((findings) => ({ findings })) }));
const passCase = (kind: "PROPORTION" | "PASS_FAIL") =>
  checks(fc.boolean()).map((passes): Case => ({ rubric: { kind }, outcomes: passes.map((pass) => ({ pass })) }));
const gradedCase = fc
  .dictionary(fc.constantFrom("A", "B", "C", "优", "良"), unit, { minKeys: 1 })
  .chain((grades) =>
    checks(fc.constantFrom(...Object.keys(grades))).map((given): Case => ({ rubric: { kind: "GRADED", grades }, outcomes: given.map((grade) => ({ grade })) })),
  );
const thresholdCase = fc
  .record({ target: positive, direction: fc.constantFrom("AT_LEAST", "AT_MOST" as const), values: checks(nonNegative) })
  .map(({ target, direction, values }): Case => ({ rubric: { kind: "THRESHOLD", target, direction }, outcomes: values.map((value) => ({ value })) }));
const anyCase = fc.oneof(deductCase, passCase("PROPORTION"), passCase("PASS_FAIL"), gradedCase, thresholdCase);

function score(points: string, { rubric, outcomes }: Case): Fraction {
  const p = parseDecimal(points, "points");
  const compiled = compileRubric(rubric, p, "rubric");
  return earnedPoints(
    { points: p, rubric: compiled },
    outcomes.map((outcome) => readOutcome(compiled, outcome, "outcome")),
  )!;
}

describe("rubric properties", () => {
  it("0 ≤ E ≤ P for every kind", () => {
    fc.assert(
      fc.property(positive, anyCase, (points, scoringCase) => {
        const e = score(points, scoringCase);
        const p = parseDecimal(points, "points");
        expect(e.isNegative()).toBe(false);
        expect(e.lte(p)).toBe(true);
      }),
    );
  });

  it("DEDUCT never rises with more findings", () => {
    fc.assert(
      fc.property(positive, deductCase, fc.nat(20), fc.nat(11), (points, scoringCase, extra, at) => {
        const more = scoringCase.outcomes.map((outcome, index) =>
          index === at % scoringCase.outcomes.length ? { findings: (outcome as { findings: number }).findings + extra } : outcome,
        );
        expect(score(points, { ...scoringCase, outcomes: more }).lte(score(points, scoringCase))).toBe(true);
      }),
    );
  });

  it("adding a passing check never lowers PROPORTION", () => {
    fc.assert(
      fc.property(positive, passCase("PROPORTION"), (points, scoringCase) => {
        const withPass = { ...scoringCase, outcomes: [...scoringCase.outcomes, { pass: true }] };
        expect(score(points, withPass).cmp(score(points, scoringCase))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("no check → not assessed, whatever the rubric", () => {
    fc.assert(
      fc.property(positive, anyCase, (points, { rubric }) => {
        const p = parseDecimal(points, "points");
        expect(earnedPoints({ points: p, rubric: compileRubric(rubric, p, "rubric") }, [])).toBeNull();
      }),
    );
  });
});
