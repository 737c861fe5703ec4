import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollUp, rollUpBy } from "./progress-rollup";
import { TASK_STATUSES, type TaskStatus } from "./task-status";

const many = (status: TaskStatus, n: number): TaskStatus[] => Array.from({ length: n }, () => status);

describe("rollUp", () => {
  it("counts each status and shows the arithmetic of the completion rate", () => {
    const statuses = [...many("COMPLETED", 12), ...many("IN_PROGRESS", 8), ...many("NOT_STARTED", 6), ...many("OVERDUE", 4)];
    expect(rollUp(statuses)).toEqual({
      total: 30,
      completed: 12,
      inProgress: 8,
      notStarted: 6,
      overdue: 4,
      rate: 40,
      arithmetic: "12 / 30 = 40.0%",
    });
  });

  it("rounds half away from zero to one decimal, exactly", () => {
    expect(rollUp([...many("COMPLETED", 1), ...many("NOT_STARTED", 2)]).arithmetic).toBe("1 / 3 = 33.3%");
    expect(rollUp([...many("COMPLETED", 2), ...many("NOT_STARTED", 1)]).arithmetic).toBe("2 / 3 = 66.7%");
    // 1/16 = 6.25 % → 6.3 (a float computation could land on 6.2)
    expect(rollUp([...many("COMPLETED", 1), ...many("OVERDUE", 15)])).toMatchObject({ rate: 6.3, arithmetic: "1 / 16 = 6.3%" });
    // 1/80 = 1.25 % → 1.3; 1/2000 = 0.05 % → 0.1
    expect(rollUp([...many("COMPLETED", 1), ...many("OVERDUE", 79)]).arithmetic).toBe("1 / 80 = 1.3%");
    expect(rollUp([...many("COMPLETED", 1), ...many("OVERDUE", 1999)]).arithmetic).toBe("1 / 2000 = 0.1%");
    expect(rollUp(many("COMPLETED", 7)).arithmetic).toBe("7 / 7 = 100.0%");
    expect(rollUp(many("OVERDUE", 7)).arithmetic).toBe("0 / 7 = 0.0%");
  });

  it("leaves the rate absent when there is no task", () => {
    expect(rollUp([])).toEqual({ total: 0, completed: 0, inProgress: 0, notStarted: 0, overdue: 0, rate: null, arithmetic: null });
  });

  it("keeps its invariants for any set of tasks", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TASK_STATUSES), { maxLength: 300 }), (statuses) => {
        const r = rollUp(statuses);
        expect(r.completed + r.inProgress + r.notStarted + r.overdue).toBe(r.total);
        expect(r.total).toBe(statuses.length);
        if (r.total === 0) {
          expect(r.rate).toBeNull();
          return;
        }
        expect(r.rate).toBeGreaterThanOrEqual(0);
        expect(r.rate).toBeLessThanOrEqual(100);
        // Within half a tenth of the exact rate, and the text says the same number.
        expect(Math.abs(r.rate! - (r.completed / r.total) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(r.arithmetic).toBe(`${r.completed} / ${r.total} = ${r.rate!.toFixed(1)}%`);
      }),
    );
  });
});

describe("rollUpBy", () => {
  it("counts each task once in its group, groups in order of first appearance", () => {
    const tasks = [
      { status: "COMPLETED" as const, action: { id: "b", name: "乙" } },
      { status: "OVERDUE" as const, action: { id: "a", name: "甲" } },
      { status: "COMPLETED" as const, action: { id: "b", name: "乙" } },
      { status: "IN_PROGRESS" as const, action: { id: "b", name: "乙" } },
    ];
    const groups = rollUpBy(
      tasks,
      (task) => task.action,
      (action) => action.id,
    );
    expect(groups.map((group) => [group.key.id, group.arithmetic])).toEqual([
      ["b", "2 / 3 = 66.7%"],
      ["a", "0 / 1 = 0.0%"],
    ]);
  });

  it("splits the whole: the groups' totals and counts add up to the overall roll-up", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ status: fc.constantFrom(...TASK_STATUSES), group: fc.integer({ min: 0, max: 5 }) })), (tasks) => {
        const groups = rollUpBy(tasks, (task) => task.group, String);
        const overall = rollUp(tasks.map((task) => task.status));
        for (const field of ["total", "completed", "inProgress", "notStarted", "overdue"] as const) {
          expect(groups.reduce((sum, group) => sum + group[field], 0)).toBe(overall[field]);
        }
        for (const group of groups) expect(group.total).toBeGreaterThan(0);
      }),
    );
  });
});
