import { describe, expect, it } from "vitest";
import { computeCoverage } from "./compute-coverage";

const criterion = (id: string, code: string, points: string) => ({
  id,
  code,
  name: `标准${code}`,
  categoryName: "类",
  contentName: "内容",
  points,
  isLocal: false,
});

describe("computeCoverage", () => {
  it("finds gaps, counts covered points exactly, and sums each action's distinct criteria", () => {
    const criteria = [criterion("c10", "A-10", "1.5"), criterion("c2", "A-2", "2.25"), criterion("c1", "A-1", "3"), criterion("c3", "B-1", "0.1")];
    const actions = [
      { id: "x", name: "甲" },
      { id: "y", name: "乙" },
      { id: "z", name: "丙" },
    ];
    const tasks = [
      { id: "t1", title: "一", actionId: "x", criterionIds: ["c1", "c2"] },
      { id: "t2", title: "二", actionId: "x", criterionIds: ["c1", "old"] },
      { id: "t3", title: "三", actionId: "y", criterionIds: ["c2", "c3"] },
    ];
    const result = computeCoverage(criteria, actions, tasks);
    expect(result.criteria.map((row) => [row.code, row.tasks.map((task) => task.id), row.gap])).toEqual([
      ["A-1", ["t1", "t2"], false],
      ["A-2", ["t1", "t3"], false],
      ["A-10", [], true],
      ["B-1", ["t3"], false],
    ]);
    expect(result.actions).toEqual([
      { id: "x", name: "甲", taskCount: 2, criteria: ["A-1", "A-2"], pointsAtStake: "5.25" },
      { id: "y", name: "乙", taskCount: 1, criteria: ["A-2", "B-1"], pointsAtStake: "2.35" },
      { id: "z", name: "丙", taskCount: 0, criteria: [], pointsAtStake: "0" },
    ]);
    expect(result.totals).toEqual({ criteria: 4, coveredCriteria: 3, points: "6.85", coveredPoints: "5.35", uncoveredPoints: "1.5" });
    expect(result.criteria[0].tasks[0]).toEqual({ id: "t1", title: "一", actionId: "x", actionName: "甲" });
  });
});
