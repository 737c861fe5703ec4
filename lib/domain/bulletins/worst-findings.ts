import { rubricOf, type StoredRubric } from "@/lib/domain/rounds/criterion-rubric";
import { earnedPoints } from "@/lib/domain/scoring/criterion-score";
import { parsePositive } from "@/lib/domain/scoring/decimal-input";
import { Fraction } from "@/lib/domain/scoring/fraction";
import { ScoringInputError } from "@/lib/domain/scoring/scoring-input-error";
import { compileRubric, readOutcome } from "@/lib/domain/scoring/rubrics";
import { storedCheckOutcome, type StoredOutcomeColumns } from "@/lib/domain/scoring/stored-check-outcome";

export const WORST_FINDINGS_LIMIT = 10;

export type FindingCandidate<T> = {
  id: string;
  criterion: StoredRubric & { points: { toString(): string } };
  check: StoredOutcomeColumns & { checkedAt: Date };
  item: T;
};

/**
 * The points one check lost judged alone (P − E as if it were its criterion's only check), the
 * same judgement that opened its finding; zero when its stored outcome does not fit the rubric
 * (the round's scoring refuses such a check; the bulletin leaves it out of its worst findings).
 */
export function pointsLostByCheck(criterion: FindingCandidate<unknown>["criterion"], check: StoredOutcomeColumns): Fraction {
  try {
    const points = parsePositive(criterion.points.toString(), "points");
    const rubric = compileRubric(rubricOf(criterion), points, "rubric");
    const outcome = storedCheckOutcome(rubric.kind, check);
    if (!outcome) return Fraction.ZERO;
    const earned = earnedPoints({ points, rubric }, [readOutcome(rubric, outcome, "outcome")]);
    return earned === null ? Fraction.ZERO : points.sub(earned);
  } catch (error) {
    if (error instanceof ScoringInputError) return Fraction.ZERO;
    throw error;
  }
}

/** The findings that lost the most points, then the earliest checked, then by id; at most `limit`, none that lost nothing. */
export function worstFindings<T>(candidates: readonly FindingCandidate<T>[], limit = WORST_FINDINGS_LIMIT): { item: T; pointsLost: string }[] {
  return candidates
    .map((candidate) => ({ candidate, lost: pointsLostByCheck(candidate.criterion, candidate.check) }))
    .filter(({ lost }) => lost.gt(Fraction.ZERO))
    .sort(
      (a, b) =>
        b.lost.cmp(a.lost) ||
        a.candidate.check.checkedAt.getTime() - b.candidate.check.checkedAt.getTime() ||
        (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ candidate, lost }) => ({ item: candidate.item, pointsLost: lost.toFixed(2) }));
}
