import { formatBusinessDate } from "../dates";
import type { BusinessDate } from "./date-input";
import type { Period } from "./department-scorecard";
import { Fraction } from "./fraction";
import { ScoringInputError, fieldAt } from "./scoring-input-error";

export type RoundScoreEntry = { periodEnd: BusinessDate; score: Fraction | null; isPublished: boolean };

export const DEFAULT_YEAR_WEIGHTS: readonly Fraction[] = [Fraction.of(15, 100), Fraction.of(25, 100), Fraction.of(60, 100)];

function lastDayOfMonth(year: number, month: number): BusinessDate {
  return formatBusinessDate(new Date(Date.UTC(year, month, 0)));
}

export function monthPeriod(year: number, month: number): Period {
  return { start: formatBusinessDate(new Date(Date.UTC(year, month - 1, 1))), end: lastDayOfMonth(year, month) };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  return { start: monthPeriod(year, quarter * 3 - 2).start, end: lastDayOfMonth(year, quarter * 3) };
}

export function yearPeriod(year: number): Period {
  return { start: `${String(year).padStart(4, "0")}-01-01`, end: `${String(year).padStart(4, "0")}-12-31` };
}

/**
 * A month, quarter or year score: the mean of the scores of the published rounds whose period ends
 * inside it, each round weighted equally; null when there is none (a round without a score is skipped).
 */
export function periodScore(rounds: readonly RoundScoreEntry[], period: Period): Fraction | null {
  const scores = rounds
    .filter((round) => round.isPublished && round.score !== null && period.start <= round.periodEnd && round.periodEnd <= period.end)
    .map((round) => round.score!);
  return scores.length === 0 ? null : Fraction.sum(scores).div(Fraction.of(scores.length));
}

/** Σ yearScore_k · w_k / Σ w_k over the years with a score; null when none has one or their weights sum to 0. */
export function cycleScore(yearScores: readonly (Fraction | null)[], weights: readonly Fraction[] = DEFAULT_YEAR_WEIGHTS): Fraction | null {
  if (yearScores.length !== weights.length) throw new ScoringInputError("weights", "年度权重数必须与年度数相同 (one weight per cycle year)");
  weights.forEach((weight, index) => {
    if (weight.isNegative()) throw new ScoringInputError(fieldAt("weights", index), "不能为负数 (must be ≥ 0)");
  });
  const scored = yearScores.flatMap((score, index) => (score === null ? [] : [[score, weights[index]] as const]));
  const weightSum = Fraction.sum(scored.map(([, weight]) => weight));
  if (scored.length === 0 || weightSum.isZero()) return null;
  return Fraction.sum(scored.map(([score, weight]) => score.mul(weight))).div(weightSum);
}
