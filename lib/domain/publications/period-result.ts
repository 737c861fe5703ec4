import { exportScore } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import type { Period } from "@/lib/domain/scoring/department-scorecard";
import { Fraction } from "@/lib/domain/scoring/fraction";
import { cycleScore, periodScore, yearPeriod, type RoundScoreEntry } from "@/lib/domain/scoring/periods";
import { rankDepartments } from "@/lib/domain/scoring/ranking";
import type { ListedDepartment } from "./evaluate-lists";
import type { PeriodSnapshot, RoundSnapshot } from "./snapshot-schema";

export type PeriodKind = PeriodSnapshot["kind"];
type DepartmentKind = ListedDepartment["kind"];

/** One round publication of the period, as its snapshot froze it. */
export type PublishedRound = {
  publicationId: string;
  roundId: string;
  roundName: string;
  periodEnd: string;
  result: RoundSnapshot["result"];
  departments: RoundSnapshot["departments"];
};

export type PeriodSpec = {
  kind: PeriodKind;
  period: Period;
  /** CYCLE only: the cycle's years with their weights, in order. */
  cycleYears?: readonly { year: number; weight: Fraction }[];
};

/** A department's exact period figures (the snapshot's strings are made from these). */
export type PeriodDepartment = ListedDepartment & { ledgerCompleteness: Fraction | null; rounds: number; rank: number | null };

export type PeriodResult = { cityScore: Fraction | null; vetoedRounds: number; departments: PeriodDepartment[] };

const read = (text: string | null, field: string) => (text === null ? null : parseDecimal(text, field));

function mean(values: readonly (Fraction | null)[]): Fraction | null {
  const present = values.filter((value): value is Fraction => value !== null);
  return present.length === 0 ? null : Fraction.sum(present).div(Fraction.of(present.length));
}

function cityScoreOf(spec: PeriodSpec, rounds: readonly PublishedRound[]): Fraction | null {
  const entries: RoundScoreEntry[] = rounds.map((round) => ({
    periodEnd: round.periodEnd,
    score: read(round.result.cityScore, "cityScore"),
    isPublished: true,
  }));
  if (spec.kind !== "CYCLE") return periodScore(entries, spec.period);
  const years = spec.cycleYears ?? [];
  return cycleScore(
    years.map(({ year }) => periodScore(entries, yearPeriod(year))),
    years.map(({ weight }) => weight),
  );
}

/**
 * The period's figures from its round publications (oldest first), never from drafts. City score: the mean of
 * the rounds' city scores (scoring.md), for a cycle the year-weighted mean of its year scores. Each department
 * figure is the mean over the rounds where that figure is present (issue 9, section 2); for a cycle too it is
 * the plain mean over all the cycle's rounds, not year-weighted: the year weights are a rule for the city score
 * only, and a department's cycle figure should read as "its average round". The composite is the mean of the
 * rounds' composites (not recomputed from the component means), so it is the number the rounds published.
 * overdueOpen is the latest listing's (it is a state at a date, not a figure to average).
 */
export function computePeriodResult(spec: PeriodSpec, rounds: readonly PublishedRound[]): PeriodResult {
  const inPeriod = rounds.filter((round) => spec.period.start <= round.periodEnd && round.periodEnd <= spec.period.end);
  const names = new Set(inPeriod.flatMap((round) => round.result.departments.map((department) => department.name)));
  const departments = [...names].map((name) => departmentFigures(name, inPeriod));
  return {
    cityScore: cityScoreOf(spec, inPeriod),
    vetoedRounds: inPeriod.filter((round) => round.result.vetoed).length,
    departments: rankDepartments(departments),
  };
}

function departmentFigures(name: string, rounds: readonly PublishedRound[]): Omit<PeriodDepartment, "rank"> {
  const listings = rounds.flatMap((round) => round.result.departments.filter((department) => department.name === name));
  const kinds = rounds.flatMap((round) => round.departments.filter((department) => department.name === name).map((department) => department.kind));
  const composites = listings.map((listing) => read(listing.composite, "composite"));
  return {
    name,
    // A department deleted before every snapshot that lists it has no kind on record: it counts as a bureau.
    kind: (kinds.at(-1) ?? "BUREAU") as DepartmentKind,
    inspectionScore: mean(listings.map((listing) => read(listing.inspectionScore, "inspectionScore"))),
    rectificationRate: mean(listings.map((listing) => read(listing.rectificationRate, "rectificationRate"))),
    ledgerCompleteness: mean(listings.map((listing) => read(listing.ledgerCompleteness, "ledgerCompleteness"))),
    composite: mean(composites),
    overdueOpen: listings.at(-1)?.overdueOpen ?? 0,
    rounds: composites.filter((composite) => composite !== null).length,
  };
}

/** The snapshot's `result`: exact figures exported as 4-decimal text. */
export function toPeriodSnapshotResult(result: PeriodResult): PeriodSnapshot["result"] {
  return {
    cityScore: exportScore(result.cityScore),
    vetoedRounds: result.vetoedRounds,
    departments: result.departments.map((department) => ({
      name: department.name,
      kind: department.kind,
      inspectionScore: exportScore(department.inspectionScore),
      rectificationRate: exportScore(department.rectificationRate),
      ledgerCompleteness: exportScore(department.ledgerCompleteness),
      composite: exportScore(department.composite),
      rank: department.rank,
      overdueOpen: department.overdueOpen,
      rounds: department.rounds,
    })),
  };
}
