import { describe, expect, it } from "vitest";
import { evaluateLists } from "./evaluate-lists";
import { snapshotForDepartment } from "./snapshot-for-department";
import type { RoundSnapshot } from "./snapshot-schema";
import { Fraction } from "@/lib/domain/scoring/fraction";

const row = (name: string, composite: string, rank: number) => ({
  name,
  inspectionScore: composite,
  rectificationRate: null,
  ledgerCompleteness: null,
  composite,
  rank,
  overdueOpen: 0,
});
const listed = (name: string, value: number, kind: "BUREAU" | "STREET_OFFICE") => ({
  name,
  kind,
  composite: Fraction.of(value),
  inspectionScore: Fraction.of(value),
  rectificationRate: null,
  overdueOpen: 0,
});
const lists = evaluateLists(
  [
    { id: "all", name: "综合", isDefault: true, metric: "COMPOSITE", members: { kind: "ALL" }, redCount: 1, blackCount: 1, blackThreshold: "85" },
    {
      id: "chosen",
      name: "选定",
      isDefault: false,
      metric: "COMPOSITE",
      members: { kind: "CHOSEN", departments: ["甲", "乙"] },
      redCount: 1,
      blackCount: 1,
      blackThreshold: "0",
    },
  ],
  [listed("甲", 95, "BUREAU"), listed("乙", 80, "BUREAU"), listed("丙", 70, "STREET_OFFICE")],
  null,
);
const snapshot = {
  schemaVersion: 1,
  kind: "ROUND",
  city: { id: "c", name: "市", slug: "c" },
  round: { id: "r", name: "第1轮", kind: "WEEKLY", periodStart: "2026-03-01", periodEnd: "2026-03-07", closedAt: null },
  computedAt: "2026-03-08T00:00:00.000Z",
  input: { criteria: [], checks: [], findings: [], tasks: [], period: { start: "2026-03-01", end: "2026-03-07" } },
  inputHash: "h",
  result: {
    cityScore: "81.0000",
    vetoed: false,
    criteria: [],
    departments: [row("甲", "95.0000", 1), row("乙", "80.0000", 2), row("丙", "70.0000", 3)],
    redList: ["甲"],
    blackList: ["乙", "丙"],
  },
  departments: [
    { name: "甲", kind: "BUREAU" },
    { name: "乙", kind: "BUREAU" },
    { name: "丙", kind: "STREET_OFFICE" },
  ],
  lists,
  planProgress: { plan: null, actions: [] },
  rectification: { due: 0, rectifiedOnTime: 0, overdue: 0 },
} satisfies RoundSnapshot;

describe("snapshotForDepartment", () => {
  it("keeps the city's figures and only the department's own rows, without the calculator input", () => {
    const view = snapshotForDepartment(snapshot, "乙");
    expect("input" in view).toBe(false);
    expect(view).toMatchObject({ department: "乙", inputHash: "h", result: { cityScore: "81.0000", redList: [], blackList: ["乙"] } });
    if (view.kind !== "ROUND" || !("result" in view) || !("departments" in view)) throw new Error("round view expected");
    expect(view.result.departments.map((department) => department.name)).toEqual(["乙"]);
    expect(view.departments).toEqual([{ name: "乙", kind: "BUREAU" }]);
    expect(view.lists.map((list) => [list.id, list.ranking.map((entry) => entry.department), list.redList, list.blackList])).toEqual([
      ["all", ["乙"], [], [{ department: "乙", level: 1, step: "REMINDER_LETTER" }]],
      ["chosen", ["乙"], [], [{ department: "乙", level: 1, step: "REMINDER_LETTER" }]],
    ]);
    expect(view.lists[1].members).toEqual({ kind: "CHOSEN", departments: ["乙"] });
  });

  it("shows a department outside every list nothing of the others", () => {
    const view = snapshotForDepartment(snapshot, "");
    if (!("lists" in view) || !("result" in view) || !("departments" in view.result)) throw new Error("city view expected");
    expect(view.lists.flatMap((list) => [...list.ranking, ...list.redList, ...list.blackList])).toEqual([]);
    expect(view.result.departments).toEqual([]);
  });
});
