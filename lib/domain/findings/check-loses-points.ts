import { parsePositive } from "@/lib/domain/scoring/decimal-input";
import { earnedPoints } from "@/lib/domain/scoring/criterion-score";
import { compileRubric, readOutcome, type CheckOutcome } from "@/lib/domain/scoring/rubrics";
import { rubricOf, type StoredRubric } from "@/lib/domain/rounds/criterion-rubric";

export type JudgedCheck = { visitStatus: "INSPECTED" | "REFUSED" | "NOT_INSPECTABLE"; outcome: CheckOutcome | null };

/**
 * Whether one inspected check, judged alone as if it were its criterion's only check in the round,
 * earns less than the criterion's full points: a DEDUCT check with any problem, a failed pass, a
 * grade below full, a value on the wrong side of its target. Such a check opens a finding. An
 * outcome that does not fit the rubric throws (the caller has already refused it as input).
 */
export function checkLosesPoints(criterion: StoredRubric & { points: string | number }, check: JudgedCheck): boolean {
  if (check.visitStatus !== "INSPECTED" || !check.outcome) return false;
  const points = parsePositive(criterion.points, "points");
  const rubric = compileRubric(rubricOf(criterion), points, "rubric");
  const earned = earnedPoints({ points, rubric }, [readOutcome(rubric, check.outcome, "outcome")]);
  return earned !== null && earned.lt(points);
}
