import { describe, expect, it } from "vitest";
import { worstFindings, type FindingCandidate } from "./worst-findings";

const check = (columns: Partial<FindingCandidate<string>["check"]>, day: number) => ({
  passed: null,
  findingCount: null,
  grade: null,
  measuredValue: null,
  checkedAt: new Date(Date.UTC(2026, 10, day)),
  ...columns,
});
const deduct = { points: "10", rubricKind: "DEDUCT" as const, rubricParams: { perFinding: "2" } };
const passFail = { points: "4", rubricKind: "PASS_FAIL" as const, rubricParams: {} };

describe("worstFindings", () => {
  it("orders by points lost judged alone, then the earlier check, then id, and leaves out checks that lost nothing", () => {
    const candidates: FindingCandidate<string>[] = [
      { id: "b", criterion: deduct, check: check({ findingCount: 2 }, 3), item: "deduct 2 (4.00), later" },
      { id: "a", criterion: deduct, check: check({ findingCount: 2 }, 2), item: "deduct 2 (4.00), earlier" },
      { id: "c", criterion: deduct, check: check({ findingCount: 9 }, 5), item: "deduct 9 (capped at 10)" },
      { id: "d", criterion: passFail, check: check({ passed: true }, 1), item: "passed" },
      { id: "e", criterion: passFail, check: check({ grade: "A" }, 1), item: "outcome does not fit" },
      { id: "f", criterion: passFail, check: check({ passed: false }, 1), item: "failed pass (4.00)" },
    ];
    expect(worstFindings(candidates)).toEqual([
      { item: "deduct 9 (capped at 10)", pointsLost: "10.00" },
      { item: "failed pass (4.00)", pointsLost: "4.00" },
      { item: "deduct 2 (4.00), earlier", pointsLost: "4.00" },
      { item: "deduct 2 (4.00), later", pointsLost: "4.00" },
    ]);
    expect(worstFindings(candidates, 2)).toHaveLength(2);
  });
});
