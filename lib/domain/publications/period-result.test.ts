import { describe, expect, it } from "vitest";
import { Fraction } from "@/lib/domain/scoring/fraction";
import { monthPeriod, quarterPeriod } from "@/lib/domain/scoring/periods";
import { computePeriodResult, toPeriodSnapshotResult, type PublishedRound } from "./period-result";

type Figures = {
  inspectionScore?: string | null;
  rectificationRate?: string | null;
  ledgerCompleteness?: string | null;
  composite?: string | null;
  overdueOpen?: number;
};

function department(name: string, figures: Figures) {
  return {
    name,
    inspectionScore: figures.inspectionScore ?? null,
    rectificationRate: figures.rectificationRate ?? null,
    ledgerCompleteness: figures.ledgerCompleteness ?? null,
    composite: figures.composite ?? null,
    rank: null,
    overdueOpen: figures.overdueOpen ?? 0,
  };
}

function round(id: string, periodEnd: string, cityScore: string | null, departments: ReturnType<typeof department>[], vetoed = false): PublishedRound {
  return {
    publicationId: `p-${id}`,
    roundId: id,
    roundName: id,
    periodEnd,
    result: { cityScore, vetoed, criteria: [], departments, redList: [], blackList: [] },
    departments: departments.map((entry) => ({ name: entry.name, kind: entry.name.includes("街道") ? "STREET_OFFICE" : "BUREAU" })),
  };
}

const january = monthPeriod(2026, 1);

describe("a period's figures from its round publications", () => {
  it("city score is the mean of the rounds' city scores; vetoed rounds are counted", () => {
    const rounds = [
      round("r1", "2026-01-10", "80.0000", [], true),
      round("r2", "2026-01-20", "90.0000", []),
      round("r3", "2026-01-31", "70.0001", []),
      round("r4", "2026-02-01", "10.0000", [], true), // ends in February: not January's
    ];
    const result = toPeriodSnapshotResult(computePeriodResult({ kind: "MONTH", period: january }, rounds));
    expect(result.cityScore).toBe("80.0000"); // 240.0001 / 3 = 80.00003…
    expect(result.vetoedRounds).toBe(1);
  });

  it("each department figure is the mean over the rounds where it is present; overdueOpen is the latest listing's", () => {
    const rounds = [
      round("r1", "2026-01-10", "80", [department("市城管局", { inspectionScore: "90", composite: "90", overdueOpen: 3 })]),
      round("r2", "2026-01-20", "80", [department("市城管局", { inspectionScore: "80", rectificationRate: "50", composite: "75", overdueOpen: 1 })]),
      round("r3", "2026-01-30", "80", [department("东街道", { composite: "60" })]),
    ];
    const [city] = toPeriodSnapshotResult(computePeriodResult({ kind: "MONTH", period: january }, rounds)).departments;
    expect(city).toEqual({
      name: "市城管局",
      kind: "BUREAU",
      inspectionScore: "85.0000",
      rectificationRate: "50.0000", // present in one round only
      ledgerCompleteness: null,
      composite: "82.5000",
      rank: 1,
      overdueOpen: 1,
      rounds: 2,
    });
  });

  it("ranks with the ranking rule: composite at 2 decimals, then fewer overdue, shared ranks, unranked last by name", () => {
    const rounds = [
      round("r1", "2026-01-31", "80", [
        department("乙局", { composite: "80.004", overdueOpen: 0 }),
        department("甲局", { composite: "80.001", overdueOpen: 0 }),
        department("丙局", { composite: "80.0", overdueOpen: 2 }),
        department("丁街道", { composite: "90" }),
        department("戊局", {}),
      ]),
    ];
    const departments = toPeriodSnapshotResult(computePeriodResult({ kind: "MONTH", period: january }, rounds)).departments;
    expect(departments.map((entry) => [entry.name, entry.rank, entry.kind])).toEqual([
      ["丁街道", 1, "STREET_OFFICE"],
      ["乙局", 2, "BUREAU"],
      ["甲局", 2, "BUREAU"],
      ["丙局", 4, "BUREAU"],
      ["戊局", null, "BUREAU"],
    ]);
    expect(departments.find((entry) => entry.name === "戊局")?.rounds).toBe(0);
  });

  it("a quarter weights each round equally, not each month", () => {
    const rounds = [round("a", "2026-01-31", "60", []), round("b", "2026-02-28", "90", []), round("c", "2026-02-10", "90", [])];
    expect(toPeriodSnapshotResult(computePeriodResult({ kind: "QUARTER", period: quarterPeriod(2026, 1) }, rounds)).cityScore).toBe("80.0000");
  });

  it("a cycle's city score is the year-weighted mean over the years with a score; department figures the plain mean", () => {
    const rounds = [
      round("y1", "2024-06-30", "60", [department("市城管局", { composite: "60" })]),
      round("y3a", "2026-03-31", "80", [department("市城管局", { composite: "80" })]),
      round("y3b", "2026-09-30", "100", [department("市城管局", { composite: "100" })]),
    ];
    const spec = {
      kind: "CYCLE" as const,
      period: { start: "2024-01-01", end: "2026-12-31" },
      cycleYears: [
        { year: 2024, weight: Fraction.of(15, 100) },
        { year: 2025, weight: Fraction.of(25, 100) },
        { year: 2026, weight: Fraction.of(60, 100) },
      ],
    };
    const result = toPeriodSnapshotResult(computePeriodResult(spec, rounds));
    // (60·0.15 + 90·0.60) / 0.75 = 63 / 0.75 = 84; 2025 has no score and leaves its weight out
    expect(result.cityScore).toBe("84.0000");
    expect(result.departments[0].composite).toBe("80.0000"); // (60 + 80 + 100) / 3
  });

  it("no rounds: no score, no departments", () => {
    expect(toPeriodSnapshotResult(computePeriodResult({ kind: "MONTH", period: january }, []))).toEqual({ cityScore: null, vetoedRounds: 0, departments: [] });
  });
});
