import { ScoringInputError } from "@/lib/domain/scoring/scoring-input-error";
import { parsePositive } from "@/lib/domain/scoring/decimal-input";
import { compileRubric, readOutcome, type CheckOutcome } from "@/lib/domain/scoring/rubrics";
import { rubricOf, type StoredRubric } from "@/lib/domain/rounds/criterion-rubric";
import { invalidInput } from "@/lib/errors";

export type OutcomeColumns = { passed: boolean | null; findingCount: number | null; grade: string | null; measuredValue: string | null };

const NONE: OutcomeColumns = { passed: null, findingCount: null, grade: null, measuredValue: null };

/**
 * The stored columns of an outcome once it fits the criterion's rubric by the engine's own rules
 * (a grade its table knows, a value that is a number…); a misfit is a 422 naming `outcome`.
 */
export function outcomeColumns(criterion: StoredRubric & { points: { toString(): string } }, outcome: CheckOutcome | null | undefined): OutcomeColumns {
  if (!outcome) return NONE;
  try {
    const points = parsePositive(criterion.points.toString(), "points");
    readOutcome(compileRubric(rubricOf(criterion), points, "rubric"), outcome, "outcome");
  } catch (error) {
    if (error instanceof ScoringInputError) throw invalidInput({ outcome: [error.message] });
    throw error;
  }
  if ("pass" in outcome) return { ...NONE, passed: outcome.pass };
  if ("findings" in outcome) return { ...NONE, findingCount: outcome.findings };
  if ("grade" in outcome) return { ...NONE, grade: outcome.grade };
  return { ...NONE, measuredValue: String(outcome.value) };
}
