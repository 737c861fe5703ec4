import type { RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { DISPLAY_DECIMALS } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import { Fraction } from "@/lib/domain/scoring/fraction";
import type { CriterionName } from "./load-criterion-names";

/** Points lost (P − E over the assessed criteria) in one category; `category` null gathers codes the edition does not name. */
export type CategoryLoss = { category: string | null; lost: string; value: number };

/** The round's points lost per category of the edition, most lost first (exact sums, shown at 2 places). */
export function lostByCategory(criteria: RoundSnapshot["result"]["criteria"], names: ReadonlyMap<string, CriterionName>): CategoryLoss[] {
  const totals = new Map<string | null, { lost: Fraction; sortOrder: number }>();
  for (const criterion of criteria) {
    if (!criterion.assessed || criterion.earned === null || criterion.possible === null) continue;
    const lost = parseDecimal(criterion.possible, "possible").sub(parseDecimal(criterion.earned, "earned"));
    const category = names.get(criterion.code)?.category ?? null;
    const key = category?.name ?? null;
    const entry = totals.get(key) ?? { lost: Fraction.ZERO, sortOrder: category?.sortOrder ?? Number.MAX_SAFE_INTEGER };
    totals.set(key, { ...entry, lost: entry.lost.add(lost) });
  }
  return [...totals.entries()]
    .sort(([, a], [, b]) => b.lost.cmp(a.lost) || a.sortOrder - b.sortOrder)
    .map(([category, { lost }]) => ({ category, lost: lost.toFixed(DISPLAY_DECIMALS), value: Number(lost.toFixed(DISPLAY_DECIMALS)) }));
}
