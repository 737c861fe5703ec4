import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "./fraction";
import { compareCodePoints, rankDepartments } from "./ranking";

// Coarse values so that ties on each key are frequent.
const score = fc.option(
  fc.integer({ min: 8000, max: 8010 }).map((n) => Fraction.of(n, 100)),
  { nil: null, freq: 5 },
);
const department = fc.record({ composite: score, overdueOpen: fc.nat(2), inspectionScore: score });
const departments = fc
  .uniqueArray(fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 12 })
  .chain((names) => fc.tuple(...names.map((name) => department.map((fields) => ({ name, ...fields })))));

type Entry = { name: string; composite: Fraction | null; overdueOpen: number; inspectionScore: Fraction | null };
/** An independent statement of the keys: composite at 2 decimals ↓, overdueOpen ↑, exact inspection ↓ (absent lowest). */
function isStrictlyBefore(a: Entry, b: Entry): boolean {
  const composite = a.composite!.round(2).cmp(b.composite!.round(2));
  if (composite !== 0) return composite > 0;
  if (a.overdueOpen !== b.overdueOpen) return a.overdueOpen < b.overdueOpen;
  if (a.inspectionScore === null || b.inspectionScore === null) return a.inspectionScore !== null && b.inspectionScore === null;
  return a.inspectionScore.gt(b.inspectionScore);
}
const key = (entry: Entry) => [entry.composite?.round(2).toString() ?? "none", entry.overdueOpen, entry.inspectionScore?.toString() ?? "none"].join("|");

describe("ranking properties", () => {
  it("is independent of input order", () => {
    fc.assert(
      fc.property(departments, fc.infiniteStream(fc.nat()), (entries, randoms) => {
        const shuffled = [...entries]
          .map((entry) => ({ entry, sortKey: randoms.next().value }))
          .sort((a, b) => a.sortKey - b.sortKey)
          .map(({ entry }) => entry);
        expect(rankDepartments(shuffled)).toEqual(rankDepartments(entries));
      }),
    );
  });

  it("is a total preorder: ranks never fall, equal keys share a rank, different keys do not, names order ties", () => {
    fc.assert(
      fc.property(departments, (entries) => {
        const ranked = rankDepartments(entries);
        const withRank = ranked.filter((entry) => entry.rank !== null);
        expect(withRank.every((entry) => entry.composite !== null)).toBe(true);
        expect(ranked.slice(withRank.length).every((entry) => entry.rank === null && entry.composite === null)).toBe(true);
        withRank.forEach((entry, index) => {
          if (index === 0) return expect(entry.rank).toBe(1);
          const previous = withRank[index - 1];
          if (key(previous) === key(entry)) {
            expect(entry.rank).toBe(previous.rank);
            expect(compareCodePoints(previous.name, entry.name)).toBeLessThan(0);
          } else {
            expect(entry.rank).toBe(index + 1);
            expect(isStrictlyBefore(previous, entry)).toBe(true);
          }
        });
      }),
    );
  });
});
