import Decimal from "decimal.js";
import { predecessorsOf, type MappingRow } from "./mapping-rules";

export type ScoredRound = {
  roundId: string;
  roundName: string;
  periodEnd: string;
  editionId: string;
  criteria: { code: string; assessed: boolean; earned: string | null; possible: string | null }[];
};

export type TrendPoint = {
  roundId: string;
  roundName: string;
  periodEnd: string;
  /** The codes the point was read from: the criterion itself, or its predecessors in the old edition. */
  codes: string[];
  isMapped: boolean;
  /** 100·Σearned/Σpossible over the assessed codes, 2 decimals; null when none was assessed. */
  rate: string | null;
};

/**
 * A criterion's score rate round by round. Rounds on its own edition read the criterion; rounds on
 * the previous edition read its predecessors through the mapping (merged ones added up); rounds on
 * other editions, or without a predecessor, are left out.
 */
export function criterionTrend(
  target: { editionId: string; code: string },
  previous: { editionId: string; mapping: readonly MappingRow[] } | null,
  rounds: readonly ScoredRound[],
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const round of [...rounds].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))) {
    const isMapped = round.editionId !== target.editionId;
    if (isMapped && round.editionId !== previous?.editionId) continue;
    const codes = isMapped ? predecessorsOf(previous!.mapping, target.code) : [target.code];
    if (codes.length === 0) continue;
    const assessed = round.criteria.filter((criterion) => codes.includes(criterion.code) && criterion.assessed);
    const earned = assessed.reduce((sum, criterion) => sum.plus(criterion.earned ?? 0), new Decimal(0));
    const possible = assessed.reduce((sum, criterion) => sum.plus(criterion.possible ?? 0), new Decimal(0));
    const rate = possible.isZero() ? null : earned.times(100).dividedBy(possible).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    points.push({ roundId: round.roundId, roundName: round.roundName, periodEnd: round.periodEnd, codes, isMapped, rate });
  }
  return points;
}
