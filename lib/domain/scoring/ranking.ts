import type { DepartmentScorecard } from "./department-scorecard";
import type { Fraction } from "./fraction";

export const RANKING_DECIMALS = 2;

export type Ranked<T> = T & { rank: number | null };

/** Orders strings by Unicode code point (not UTF-16 code unit, not locale). */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = left[index].codePointAt(0)! - right[index].codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** Higher first; an absent value is lowest. */
function compareDescending(a: Fraction | null, b: Fraction | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return b.cmp(a);
}

/**
 * Ranks by `score` rounded half away from zero to 2 decimals, descending, then by `tieBreak`. Items equal on
 * every key share a rank (1, 2, 2, 4) and are listed by name; items without a score follow, by name, unranked.
 */
export function rankByScore<T extends { name: string }>(
  items: readonly T[],
  score: (item: T) => Fraction | null,
  tieBreak: (a: T, b: T) => number,
): Ranked<T>[] {
  const byName = (a: T, b: T) => compareCodePoints(a.name, b.name);
  const compareKeys = (a: T, b: T) => compareDescending(score(a)!.round(RANKING_DECIMALS), score(b)!.round(RANKING_DECIMALS)) || tieBreak(a, b);
  const scored = items.filter((item) => score(item) !== null).sort((a, b) => compareKeys(a, b) || byName(a, b));
  const unscored = items.filter((item) => score(item) === null).sort(byName);
  const ranked = scored.map((item, index) => ({ item, position: index + 1 }));
  for (let index = 1; index < ranked.length; index += 1) {
    if (compareKeys(ranked[index - 1].item, ranked[index].item) === 0) ranked[index].position = ranked[index - 1].position;
  }
  return [...ranked.map(({ item, position }) => ({ ...item, rank: position })), ...unscored.map((item) => ({ ...item, rank: null }))];
}

type RankableDepartment = Pick<DepartmentScorecard, "name" | "composite" | "overdueOpen" | "inspectionScore">;

/** Departments by composite; ties: fewer overdue open findings, then higher exact inspection score. */
export function rankDepartments<T extends RankableDepartment>(scorecards: readonly T[]): Ranked<T>[] {
  return rankByScore(
    scorecards,
    (scorecard) => scorecard.composite,
    (a, b) => a.overdueOpen - b.overdueOpen || compareDescending(a.inspectionScore, b.inspectionScore),
  );
}

export type RankableCity = { name: string; cityScore: Fraction | null; vetoedRounds: number };

/** Cities of a province by city score; ties: fewer vetoed rounds. */
export function rankCities<T extends RankableCity>(cities: readonly T[]): Ranked<T>[] {
  return rankByScore(
    cities,
    (city) => city.cityScore,
    (a, b) => a.vetoedRounds - b.vetoedRounds,
  );
}
