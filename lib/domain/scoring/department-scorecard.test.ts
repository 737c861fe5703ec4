import { describe, expect, it } from "vitest";
import { check, criterion, fixed, frac } from "@/tests/fixtures/scoring/build";
import { DEFAULT_WEIGHTS, composite, departmentScorecard, inspectionScore, ledgerCompleteness, overdueOpen, rectificationRate } from "./department-scorecard";

const march = { start: "2026-03-01", end: "2026-03-31" };

describe("inspectionScore: each criterion recomputed with only D's checks, each counting in full", () => {
  const proportion = criterion("A", 10, { kind: "PROPORTION" });
  const deduct = criterion("B", 4, { kind: "DEDUCT", perFinding: 1 });
  const checks = [
    check(proportion, ["X"], { pass: true }),
    check(proportion, ["Y"], { pass: false }),
    check(proportion, ["X", "Y"], { pass: false }), // co-responsible: counts in full for X and for Y
    check(deduct, ["X"], { findings: 1 }),
    check(deduct, ["X"], { findings: 2 }),
  ];

  it("X: A = 10·1/2 = 5, B: n = 3 → 4 − 3 = 1 → 100·6/14 = 42.857142…", () => {
    expect(fixed(inspectionScore([proportion, deduct], checks, "X"))).toBe("42.8571");
  });

  it("Y: A = 10·0/2 = 0; B has no check for Y so is not assessed for Y → 100·0/10 = 0", () => {
    expect(fixed(inspectionScore([proportion, deduct], checks, "Y"))).toBe("0.0000");
  });

  it("absent for a department with no check", () => {
    expect(inspectionScore([proportion, deduct], checks, "Z")).toBeNull();
  });

  it("veto is ignored: a veto criterion at 0 is just a 0 for the department", () => {
    const veto = criterion("V", 2, { kind: "PASS_FAIL" }, true);
    const scorecard = departmentScorecard(
      {
        criteria: [proportion, veto],
        checks: [check(proportion, ["X"], { pass: true }), check(veto, ["X"], { pass: false })],
        findings: [],
        tasks: [],
        period: march,
        weights: DEFAULT_WEIGHTS,
      },
      "X",
    );
    // 100·(10 + 0)/(10 + 2) = 83.3333…; composite = inspection only
    expect([fixed(scorecard.inspectionScore), fixed(scorecard.composite)]).toEqual(["83.3333", "83.3333"]);
    expect(scorecard).not.toHaveProperty("vetoed");
  });
});

describe("rectificationRate over D's findings due in the period", () => {
  const findings = [
    { department: "X", due: "2026-03-01", verifiedAt: "2026-03-01" }, // in (start inclusive), on time (on the due date)
    { department: "X", due: "2026-03-31", verifiedAt: "2026-04-02" }, // in (end inclusive), late
    { department: "X", due: "2026-03-15", verifiedAt: null }, // in, not verified
    { department: "X", due: "2026-02-28", verifiedAt: "2026-02-20" }, // due before the period: not counted
    { department: "X", due: "2026-04-01", verifiedAt: null }, // due after: not counted
    { department: "Y", due: "2026-03-10", verifiedAt: "2026-03-09" }, // another department's
  ];

  it("X: 1 of 3 → 33.3333", () => expect(fixed(rectificationRate(findings, "X", march))).toBe("33.3333"));
  it("Y: 1 of 1 → 100", () => expect(fixed(rectificationRate(findings, "Y", march))).toBe("100.0000"));
  it("zero findings → absent", () => expect(rectificationRate(findings, "Z", march)).toBeNull());
});

describe("ledgerCompleteness over D's lead tasks", () => {
  // end − 30 days = 2026-03-01
  const tasks = [
    { department: "X", completed: true, lastEntryDate: null }, // completed
    { department: "X", completed: false, lastEntryDate: "2026-03-01" }, // window start, inclusive
    { department: "X", completed: false, lastEntryDate: "2026-02-28" }, // too old
    { department: "X", completed: false, lastEntryDate: null }, // never kept
    { department: "X", completed: true, lastEntryDate: "2025-01-01" }, // completed counts whatever its dates
    { department: "X", completed: false, lastEntryDate: "2026-04-01" }, // after end
    { department: "Y", completed: false, lastEntryDate: "2026-03-31" }, // window end, inclusive
  ];

  it("X: 3 of 6 → 50", () => expect(fixed(ledgerCompleteness(tasks, "X", march))).toBe("50.0000"));
  it("Y: 1 of 1 → 100", () => expect(fixed(ledgerCompleteness(tasks, "Y", march))).toBe("100.0000"));
  it("no task → absent", () => expect(ledgerCompleteness(tasks, "Z", march)).toBeNull());

  it("the window is 30 calendar days back from end, across months", () => {
    // 2026-03-10 − 30 days = 2026-02-08
    const period = { start: "2026-03-01", end: "2026-03-10" };
    const edge = [
      { department: "X", completed: false, lastEntryDate: "2026-02-08" },
      { department: "X", completed: false, lastEntryDate: "2026-02-07" },
    ];
    expect(fixed(ledgerCompleteness(edge, "X", period))).toBe("50.0000");
  });
});

describe("composite = Σ wᵢ·cᵢ / Σ wᵢ over the present components", () => {
  const all = { inspectionScore: frac(80), rectificationRate: frac(50), ledgerCompleteness: frac(100) };

  it("default weights 0.7 / 0.2 / 0.1", () => {
    expect(fixed(composite(all, DEFAULT_WEIGHTS))).toBe("76.0000"); // 0.7·80 + 0.2·50 + 0.1·100 = 56 + 10 + 10 = 76
  });

  it("a department with only some components: weights of the present ones", () => {
    // (0.7·80 + 0.1·100)/(0.7 + 0.1) = 66/0.8 = 82.5
    expect(fixed(composite({ ...all, rectificationRate: null }, DEFAULT_WEIGHTS))).toBe("82.5000");
  });

  it("the city's weights", () => {
    const weights = { inspection: frac(1), rectification: frac(1), ledger: frac(0) };
    expect(fixed(composite(all, weights))).toBe("65.0000"); // (80 + 50 + 0)/2
  });

  it("absent when every component is absent", () => {
    expect(composite({ inspectionScore: null, rectificationRate: null, ledgerCompleteness: null }, DEFAULT_WEIGHTS)).toBeNull();
  });

  it("absent when the present components' weights sum to 0", () => {
    const weights = { inspection: frac(1), rectification: frac(0), ledger: frac(0) };
    expect(composite({ inspectionScore: null, rectificationRate: frac(50), ledgerCompleteness: frac(100) }, weights)).toBeNull();
  });
});

describe("overdueOpen: D's findings of any due period with due < end, not verified on or before end", () => {
  it("counts 3", () => {
    const findings = [
      { department: "X", due: "2026-03-30", verifiedAt: null }, // overdue
      { department: "X", due: "2026-03-31", verifiedAt: null }, // due = end: not overdue
      { department: "X", due: "2026-02-10", verifiedAt: "2026-03-31" }, // verified on end: closed
      { department: "X", due: "2026-02-10", verifiedAt: "2026-04-01" }, // verified after end: still open at end
      { department: "X", due: "2026-01-05", verifiedAt: null }, // an earlier period's: overdue
      { department: "Y", due: "2026-01-05", verifiedAt: null },
    ];
    expect(overdueOpen(findings, "X", march)).toBe(3);
  });
});
