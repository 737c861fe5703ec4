import { Fraction } from "./fraction";
import type { Outcome, Rubric } from "./rubrics";

/** A criterion ready to score: P > 0 and a validated rubric. */
export type ScoredCriterion = { code: string; points: Fraction; rubric: Rubric; veto: boolean };

function mean(values: readonly Fraction[]): Fraction {
  return Fraction.sum(values).div(Fraction.of(values.length));
}

function earnedByKind(rubric: Rubric, points: Fraction, outcomes: readonly Outcome[]): Fraction {
  switch (rubric.kind) {
    case "DEDUCT": {
      // n is the total over all the criterion's checks in the round.
      const findings = outcomes.reduce((total, outcome) => total + (outcome.kind === "findings" ? outcome.count : 0), 0);
      const deducted = rubric.cap.min(rubric.perFinding.mul(Fraction.of(findings)));
      return Fraction.ZERO.max(points.sub(deducted));
    }
    case "PROPORTION": {
      const passed = outcomes.filter((outcome) => outcome.kind === "pass" && outcome.passed).length;
      return points.mul(Fraction.of(passed, outcomes.length));
    }
    case "PASS_FAIL":
      return outcomes.every((outcome) => outcome.kind === "pass" && outcome.passed) ? points : Fraction.ZERO;
    case "GRADED":
      return points.mul(mean(outcomes.map((outcome) => (outcome.kind === "grade" ? outcome.fraction : Fraction.ZERO))));
    case "THRESHOLD": {
      // Several checks: v is the mean of the values, taken before the rule is applied.
      const v = mean(outcomes.map((outcome) => (outcome.kind === "value" ? outcome.value : Fraction.ZERO)));
      if (rubric.direction === "AT_LEAST") return points.mul(Fraction.ONE.min(v.div(rubric.target)));
      return v.lte(rubric.target) ? points : points.mul(rubric.target.div(v));
    }
  }
}

/**
 * Earned points E (0 ≤ E ≤ P) of one criterion from the outcomes of its checks, or null when it has
 * no check: a criterion with no check is not assessed, never scored 0 by omission.
 */
export function earnedPoints(criterion: Pick<ScoredCriterion, "points" | "rubric">, outcomes: readonly Outcome[]): Fraction | null {
  if (outcomes.length === 0) return null;
  return earnedByKind(criterion.rubric, criterion.points, outcomes);
}
