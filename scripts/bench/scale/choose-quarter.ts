import type { Period } from "@/lib/domain/scoring/department-scorecard";
import { quarterPeriod } from "@/lib/domain/scoring/periods";

function quarterOf(date: string): Period {
  return quarterPeriod(Number(date.slice(0, 4)), Math.ceil(Number(date.slice(5, 7)) / 3) as 1 | 2 | 3 | 4);
}

/**
 * The quarter the bench scores: the latest one that has ended by `today` and holds a round's end (a whole
 * quarter of weekly rounds on a year's data set), else the quarter of the latest round (a short data set).
 * Null without rounds.
 */
export function chooseQuarter(roundEnds: readonly string[], today: string): Period | null {
  if (roundEnds.length === 0) return null;
  const quarters = [...new Set(roundEnds.map((end) => JSON.stringify(quarterOf(end))))].map((text) => JSON.parse(text) as Period);
  quarters.sort((a, b) => (a.start < b.start ? 1 : -1));
  return quarters.find((quarter) => quarter.end < today) ?? quarters[0];
}
