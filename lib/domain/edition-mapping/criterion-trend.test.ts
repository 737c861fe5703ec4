import { describe, expect, it } from "vitest";
import { criterionTrend, type ScoredRound } from "./criterion-trend";
import type { MappingRow } from "./mapping-rules";

const round = (id: string, periodEnd: string, editionId: string, criteria: ScoredRound["criteria"]): ScoredRound => ({
  roundId: id,
  roundName: `轮次${id}`,
  periodEnd,
  editionId,
  criteria,
});
const c = (code: string, earned: string, possible: string) => ({ code, assessed: true, earned, possible });

describe("a criterion's trend across an edition revision", () => {
  const mapping: MappingRow[] = [
    { kind: "MERGED", from: "A1", to: "B1" },
    { kind: "MERGED", from: "A2", to: "B1" },
    { kind: "NEW", from: null, to: "B2" },
  ];
  const rounds = [
    round("3", "2026-03-31", "new", [c("B1", "3", "4"), c("B2", "1", "2")]),
    round("1", "2026-01-31", "old", [c("A1", "1", "2"), c("A2", "2", "3"), { code: "A3", assessed: false, earned: null, possible: null }]),
    round("2", "2026-02-28", "old", [{ code: "A1", assessed: false, earned: null, possible: null }]),
    round("x", "2026-02-15", "other", [c("B1", "1", "1")]),
  ];

  it("reads the merged predecessors before the revision and the criterion after it, in period order", () => {
    expect(criterionTrend({ editionId: "new", code: "B1" }, { editionId: "old", mapping }, rounds)).toEqual([
      // (1 + 2)/(2 + 3) = 60%
      { roundId: "1", roundName: "轮次1", periodEnd: "2026-01-31", codes: ["A1", "A2"], isMapped: true, rate: "60.00" },
      { roundId: "2", roundName: "轮次2", periodEnd: "2026-02-28", codes: ["A1", "A2"], isMapped: true, rate: null },
      // 3/4 = 75%
      { roundId: "3", roundName: "轮次3", periodEnd: "2026-03-31", codes: ["B1"], isMapped: false, rate: "75.00" },
    ]);
  });

  it("starts a new criterion's trend at the revision", () => {
    expect(criterionTrend({ editionId: "new", code: "B2" }, { editionId: "old", mapping }, rounds).map((p) => p.roundId)).toEqual(["3"]);
  });

  it("has no history before the revision without a mapping", () => {
    expect(criterionTrend({ editionId: "new", code: "B1" }, null, rounds).map((p) => p.roundId)).toEqual(["3"]);
  });

  it("rounds the rate half away from zero", () => {
    // 1/3 = 33.333…% → 33.33; 2/3 = 66.666…% → 66.67
    const r = [round("1", "2026-01-31", "new", [c("B1", "1", "3")]), round("2", "2026-02-28", "new", [c("B1", "2", "3")])];
    expect(criterionTrend({ editionId: "new", code: "B1" }, null, r).map((p) => p.rate)).toEqual(["33.33", "66.67"]);
  });
});
