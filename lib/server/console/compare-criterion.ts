import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DISPLAY_DECIMALS } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import { Fraction } from "@/lib/domain/scoring/fraction";
import { consoleCityWhere } from "./console-scope";
import { loadLatestCriteria } from "./load-latest-criteria";

export type CriterionComparisonRow = {
  city: { name: string; slug: string };
  publication: { id: string; title: string } | null;
  /** null when the criterion was not assessed in the city's latest round publication (or there is none). */
  earned: string | null;
  possible: string | null;
  percent: string | null;
};

export type CriterionComparison = { code: string; codes: string[]; rows: CriterionComparisonRow[] };

/**
 * One criterion across the actor's cities, from each city's latest round publication in force: earned /
 * possible and the percentage; best first, then the cities where it was not assessed, by name.
 */
export async function compareCriterion(actor: Actor, code: string): Promise<CriterionComparison> {
  const cityWhere = consoleCityWhere(actor);
  const client = db();
  const cities = await client.city.findMany({
    where: { AND: [cityWhere, { isNominated: true }] },
    select: { id: true, name: true, slug: true },
  });
  const latestOf = await loadLatestCriteria(cities.map((city) => city.id));
  const rows = cities.map((city) => {
    const latest = latestOf.get(city.id);
    const criteria = latest?.criteria ?? [];
    const result = criteria.find((criterion) => criterion.code === code && criterion.assessed);
    const exact =
      result?.earned && result.possible ? Fraction.HUNDRED.mul(parseDecimal(result.earned, "earned")).div(parseDecimal(result.possible, "possible")) : null;
    return {
      city: { name: city.name, slug: city.slug },
      publication: latest ? { id: latest.id, title: latest.title } : null,
      earned: result?.earned ? parseDecimal(result.earned, "earned").toFixed(DISPLAY_DECIMALS) : null,
      possible: result?.possible ? parseDecimal(result.possible, "possible").toFixed(DISPLAY_DECIMALS) : null,
      percent: exact?.toFixed(DISPLAY_DECIMALS) ?? null,
      exact,
      codes: criteria.map((criterion) => criterion.code),
    };
  });
  rows.sort((a, b) => {
    if (a.exact && b.exact) return b.exact.cmp(a.exact) || compareNames(a.city.name, b.city.name);
    if (a.exact || b.exact) return a.exact ? -1 : 1;
    return compareNames(a.city.name, b.city.name);
  });
  const codes = [...new Set(rows.flatMap((row) => row.codes))].sort(compareCodes);
  return { code, codes, rows: rows.map(({ city, publication, earned, possible, percent }) => ({ city, publication, earned, possible, percent })) };
}

/** Criterion codes in their natural order: 1.2 before 1.10. */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
