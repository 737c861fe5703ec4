import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import { Fraction } from "@/lib/domain/scoring/fraction";
import { rankDepartments } from "@/lib/domain/scoring/ranking";
import { computePeriodResult, type PublishedRound } from "./period-result";

const NAMES = ["甲局", "乙局", "丙街道", "丁局"];
const score = fc.option(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 10_000).toFixed(4)),
  { nil: null, freq: 4 },
);
const listing = fc.record({ inspectionScore: score, rectificationRate: score, ledgerCompleteness: score, composite: score, overdueOpen: fc.nat(3) });
const round = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  cityScore: score,
  vetoed: fc.boolean(),
  listings: fc.subarray(NAMES).chain((names) => fc.tuple(...names.map((name) => listing.map((figures) => ({ name, rank: null, ...figures }))))),
});
const rounds = fc.array(round, { maxLength: 6 }).map((generated) =>
  generated
    .sort((a, b) => a.day - b.day)
    .map((entry, index): PublishedRound => ({
      publicationId: `p${index}`,
      roundId: `r${index}`,
      roundName: `r${index}`,
      periodEnd: `2026-03-${String(entry.day).padStart(2, "0")}`,
      result: { cityScore: entry.cityScore, vetoed: entry.vetoed, criteria: [], departments: entry.listings, redList: [], blackList: [] },
      departments: entry.listings.map((item) => ({ name: item.name, kind: "BUREAU" as const })),
    })),
);
const march = { kind: "MONTH" as const, period: { start: "2026-03-01", end: "2026-03-31" } };
const exact = (text: string | null) => (text === null ? null : parseDecimal(text, "x"));

describe("period result properties", () => {
  it("every department figure lies between the least and greatest of the rounds' present figures", () => {
    fc.assert(
      fc.property(rounds, (generated) => {
        for (const department of computePeriodResult(march, generated).departments) {
          const composites = generated.flatMap((entry) =>
            entry.result.departments.filter((item) => item.name === department.name).map((item) => exact(item.composite)),
          );
          const present = composites.filter((value): value is Fraction => value !== null);
          expect(department.rounds).toBe(present.length);
          if (present.length === 0) expect(department.composite).toBeNull();
          else {
            expect(present.some((value) => value.lte(department.composite!))).toBe(true);
            expect(present.some((value) => department.composite!.lte(value))).toBe(true);
          }
        }
      }),
    );
  });

  it("a single round's period repeats its figures, and the ranking is the ranking rule's on them", () => {
    fc.assert(
      fc.property(rounds, (generated) => {
        const one = generated.slice(0, 1);
        const result = computePeriodResult(march, one);
        expect(result.cityScore?.toFixed(4) ?? null).toBe(one[0]?.result.cityScore ?? null);
        expect(result.vetoedRounds).toBe(one[0]?.result.vetoed ? 1 : 0);
        for (const department of result.departments) {
          const source = one[0].result.departments.find((item) => item.name === department.name)!;
          expect(department.composite?.toFixed(4) ?? null).toBe(source.composite);
          expect(department.inspectionScore?.toFixed(4) ?? null).toBe(source.inspectionScore);
        }
        expect(result.departments.map((entry) => [entry.name, entry.rank])).toEqual(
          rankDepartments(result.departments).map((entry) => [entry.name, entry.rank]),
        );
      }),
    );
  });

  it("does not depend on the order the rounds are given in, except for overdueOpen's latest listing", () => {
    fc.assert(
      fc.property(rounds, (generated) => {
        const forward = computePeriodResult(march, generated).departments.map(
          ({ name, kind, inspectionScore, rectificationRate, ledgerCompleteness, composite, rounds }) => ({
            name,
            kind,
            inspectionScore,
            rectificationRate,
            ledgerCompleteness,
            composite,
            rounds,
          }),
        );
        const backward = computePeriodResult(march, [...generated].reverse()).departments.map(
          ({ name, kind, inspectionScore, rectificationRate, ledgerCompleteness, composite, rounds }) => ({
            name,
            kind,
            inspectionScore,
            rectificationRate,
            ledgerCompleteness,
            composite,
            rounds,
          }),
        );
        const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
        expect([...backward].sort(byName)).toEqual([...forward].sort(byName));
      }),
    );
  });
});
