import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportScore, toCalculatorOutput } from "./calculator-output";
import { departmentBreakdown } from "./department-breakdown";
import { Fraction } from "./fraction";
import type { CheckOutcome, RubricInput } from "./rubrics";
import type { RoundInput } from "./round-input";
import { scoreRound } from "./score-round";

const names = ["市城管局", "市住建局", "新华街道", "五一街道"];
const rubric: fc.Arbitrary<RubricInput> = fc.oneof(
  fc.constant({ kind: "PROPORTION" as const }),
  fc.constant({ kind: "PASS_FAIL" as const }),
  fc.record({ kind: fc.constant("DEDUCT" as const), perFinding: fc.constantFrom("0.5", "1", "2"), cap: fc.constantFrom(undefined, "3") }),
  fc.constant({ kind: "GRADED" as const }),
  fc.record({
    kind: fc.constant("THRESHOLD" as const),
    target: fc.constantFrom("10", "2.5"),
    direction: fc.constantFrom("AT_LEAST" as const, "AT_MOST" as const),
  }),
);

function outcomeFor(kind: RubricInput["kind"], draw: { pass: boolean; findings: number; grade: string; value: string }): CheckOutcome {
  switch (kind) {
    case "DEDUCT":
      return { findings: draw.findings };
    case "GRADED":
      return { grade: draw.grade };
    case "THRESHOLD":
      return { value: draw.value };
    default:
      return { pass: draw.pass };
  }
}

const criteria = fc.uniqueArray(
  fc.record({ code: fc.stringMatching(/^[0-9][0-9.]{0,3}$/), points: fc.integer({ min: 1, max: 20 }), rubric, veto: fc.boolean() }),
  {
    minLength: 1,
    maxLength: 6,
    selector: (criterion) => criterion.code,
  },
);
const draw = fc.record({ pass: fc.boolean(), findings: fc.nat(4), grade: fc.constantFrom("A", "B", "C", "D"), value: fc.constantFrom("0", "1.5", "8", "12") });
const round: fc.Arbitrary<RoundInput> = criteria.chain((list) =>
  fc.record({
    criteria: fc.constant(list),
    checks: fc.array(
      fc
        .record({ at: fc.nat(list.length - 1), departments: fc.subarray(names, { minLength: 1 }), draw })
        .map(({ at, departments, draw }) => ({ criterion: list[at].code, departments, outcome: outcomeFor(list[at].rubric.kind, draw) })),
      { maxLength: 24 },
    ),
    findings: fc.array(
      fc.record({
        department: fc.constantFrom(...names),
        due: fc.constantFrom("2026-02-20", "2026-03-10", "2026-03-31"),
        verifiedAt: fc.constantFrom(null, "2026-03-09", "2026-03-10", "2026-04-02"),
      }),
      { maxLength: 8 },
    ),
    tasks: fc.array(
      fc.record({
        department: fc.constantFrom(...names),
        completed: fc.boolean(),
        lastEntryDate: fc.constantFrom(null, "2026-01-01", "2026-03-01", "2026-03-15"),
      }),
      { maxLength: 8 },
    ),
    period: fc.constant({ start: "2026-03-01", end: "2026-03-31" }),
  }),
);

describe("a department's breakdown", () => {
  it("reproduces every department's engine figures: ΣE_D / ΣP_D × 100, on-time / due findings, kept / lead tasks", () => {
    fc.assert(
      fc.property(round, (input) => {
        for (const engine of toCalculatorOutput(scoreRound(input)).departments) {
          const breakdown = departmentBreakdown(input, engine.name);
          const { earned, possible } = breakdown.inspection;
          const summed = possible.isZero() ? null : Fraction.HUNDRED.mul(earned).div(possible);
          expect(exportScore(summed)).toBe(engine.inspectionScore);
          expect(exportScore(breakdown.inspection.score)).toBe(engine.inspectionScore);
          expect(exportScore(breakdown.rectification.rate)).toBe(engine.rectificationRate);
          expect(exportScore(breakdown.ledger.completeness)).toBe(engine.ledgerCompleteness);
        }
      }),
    );
  });

  it("lists under each criterion exactly the department's own checks of that criterion, each once", () => {
    fc.assert(
      fc.property(round, fc.constantFrom(...names), (input, department) => {
        const listed = departmentBreakdown(input, department).inspection.criteria.flatMap((criterion) =>
          criterion.checks.map((index) => {
            expect(input.checks[index].criterion).toBe(criterion.code);
            return index;
          }),
        );
        const own = input.checks.flatMap((check, index) => (check.departments.includes(department) ? [index] : []));
        expect([...listed].sort((a, b) => a - b)).toEqual(own);
      }),
    );
  });
});

describe("a worked example", () => {
  it("writes out each criterion's E_D / P_D from the department's checks only", () => {
    const input: RoundInput = {
      criteria: [
        { code: "1.1", points: 10, rubric: { kind: "PROPORTION" } },
        { code: "1.2", points: 5, rubric: { kind: "DEDUCT", perFinding: 1 } },
        { code: "2.1", points: 4, rubric: { kind: "PASS_FAIL" } },
      ],
      checks: [
        { criterion: "1.1", departments: ["城管局"], outcome: { pass: true } },
        { criterion: "1.1", departments: ["城管局", "住建局"], outcome: { pass: false } },
        { criterion: "1.2", departments: ["城管局"], outcome: { findings: 2 } },
        { criterion: "2.1", departments: ["住建局"], outcome: { pass: false } },
      ],
      findings: [
        { department: "城管局", due: "2026-03-10", verifiedAt: "2026-03-09" },
        { department: "城管局", due: "2026-03-20", verifiedAt: null },
        { department: "城管局", due: "2026-04-10", verifiedAt: null },
      ],
      tasks: [
        { department: "城管局", completed: false, lastEntryDate: "2026-03-15" },
        { department: "城管局", completed: false, lastEntryDate: "2026-01-15" },
      ],
      period: { start: "2026-03-01", end: "2026-03-31" },
    };
    const breakdown = departmentBreakdown(input, "城管局");
    expect(breakdown.inspection.criteria.map(({ code, earned, possible, checks }) => [code, earned.toString(), possible.toString(), checks])).toEqual([
      ["1.1", "5", "10", [0, 1]],
      ["1.2", "3", "5", [2]],
    ]);
    expect(breakdown.inspection.score?.toFixed(4)).toBe("53.3333");
    expect(breakdown.rectification.findings.map((finding) => [finding.index, finding.onTime])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(breakdown.ledger.tasks.map((task) => task.kept)).toEqual([true, false]);
    expect(breakdown.ledgerWindowStart).toBe("2026-03-01");
  });
});
