import { DEFAULT_GRADES, type CheckOutcome, type RubricKind } from "@/lib/domain/scoring/rubrics";
import { between, type Random } from "./task-fates";

// Outcomes of the demo's check-offs, in the calculator's shapes, drawn so that a check fails with
// the given probability.

export type SeedCriterion = { code: string; points: string; rubricKind: RubricKind; rubricParams: Record<string, unknown> };

/** Grades of the rubric's map, best first. */
function gradesOf(criterion: SeedCriterion): string[] {
  const grades = (criterion.rubricParams.grades as Record<string, number> | undefined) ?? DEFAULT_GRADES;
  return Object.entries(grades)
    .sort(([, a], [, b]) => Number(b) - Number(a))
    .map(([grade]) => grade);
}

/** One outcome for the criterion: full marks unless `random() < failRate`. */
export function drawOutcome(criterion: SeedCriterion, random: Random, failRate: number): CheckOutcome {
  const fails = random() < failRate;
  switch (criterion.rubricKind) {
    case "DEDUCT":
      return { findings: fails ? between(random, 1, 3) : 0 };
    case "PROPORTION":
    case "PASS_FAIL":
      return { pass: !fails };
    case "GRADED": {
      const grades = gradesOf(criterion);
      return { grade: fails ? grades[between(random, 1, grades.length - 1)] : grades[0] };
    }
    case "THRESHOLD": {
      const target = Number(criterion.rubricParams.target);
      const atLeast = criterion.rubricParams.direction !== "AT_MOST";
      // Tenths of the target's unit: below (or above) it when failing, on or past it otherwise.
      const shift = (fails ? -1 : 1) * between(random, fails ? 5 : 0, fails ? 120 : 40);
      const tenths = Math.max(0, Math.round(target * 10) + (atLeast ? shift : -shift));
      return { value: (tenths / 10).toFixed(1) };
    }
  }
}

/** The outcome in the Check row's columns. */
export function outcomeColumns(outcome: CheckOutcome) {
  return {
    passed: "pass" in outcome ? outcome.pass : null,
    findingCount: "findings" in outcome ? outcome.findings : null,
    grade: "grade" in outcome ? outcome.grade : null,
    measuredValue: "value" in outcome ? String(outcome.value) : null,
  };
}
