import type { ScoredCriterion } from "./criterion-score";
import { percentOfPossible, scoreCriteria, type CriterionResult, type ScoredCheck } from "./criteria-results";
import type { Fraction } from "./fraction";

export type CityRoundScore = { cityScore: Fraction | null; vetoed: boolean; criteria: CriterionResult[] };

/**
 * The city's round score over all checks of the round. An assessed veto criterion that earns exactly 0
 * sets `vetoed`; the score is still given.
 */
export function cityRoundScore(criteria: readonly ScoredCriterion[], checks: readonly ScoredCheck[]): CityRoundScore {
  const results = scoreCriteria(criteria, checks);
  const vetoed = criteria.some((criterion, index) => criterion.veto && results[index].assessed && results[index].earned!.isZero());
  return { cityScore: percentOfPossible(results), vetoed, criteria: results };
}
