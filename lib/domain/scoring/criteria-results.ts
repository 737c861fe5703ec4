import { earnedPoints, type ScoredCriterion } from "./criterion-score";
import { Fraction } from "./fraction";
import type { Outcome } from "./rubrics";

/** A check reduced to what scoring reads: its criterion, the departments it counts for, its outcome. */
export type ScoredCheck = { criterion: string; departments: readonly string[]; outcome: Outcome };

/** earned/possible are null when the criterion is not assessed (no check). */
export type CriterionResult = { code: string; assessed: boolean; earned: Fraction | null; possible: Fraction | null };

/** Every criterion, in the given order, scored from the given checks (checks of unknown criteria are ignored). */
export function scoreCriteria(criteria: readonly ScoredCriterion[], checks: readonly ScoredCheck[]): CriterionResult[] {
  const outcomes = new Map<string, Outcome[]>(criteria.map((criterion) => [criterion.code, []]));
  for (const check of checks) outcomes.get(check.criterion)?.push(check.outcome);
  return criteria.map((criterion) => {
    const earned = earnedPoints(criterion, outcomes.get(criterion.code) ?? []);
    return { code: criterion.code, assessed: earned !== null, earned, possible: earned === null ? null : criterion.points };
  });
}

/** 100 · ΣE / ΣP over the assessed criteria; null when none is assessed. */
export function percentOfPossible(results: readonly CriterionResult[]): Fraction | null {
  const assessed = results.filter((result) => result.assessed);
  if (assessed.length === 0) return null;
  const earned = Fraction.sum(assessed.map((result) => result.earned!));
  const possible = Fraction.sum(assessed.map((result) => result.possible!));
  return Fraction.HUNDRED.mul(earned).div(possible);
}
