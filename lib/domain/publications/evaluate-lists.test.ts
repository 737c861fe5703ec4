import { describe, expect, it } from "vitest";
import { Fraction } from "@/lib/domain/scoring/fraction";
import { evaluateLists, type ListDefinition, type ListedDepartment } from "./evaluate-lists";
import { previousListsOf } from "./previous-lists";

const f = (value: number) => Fraction.of(Math.round(value * 100), 100);
const department = (
  name: string,
  kind: ListedDepartment["kind"],
  composite: number | null,
  extra: Partial<Omit<ListedDepartment, "name" | "kind" | "composite">> = {},
): ListedDepartment => ({
  name,
  kind,
  composite: composite === null ? null : f(composite),
  inspectionScore: composite === null ? null : f(composite),
  rectificationRate: null,
  overdueOpen: 0,
  ...extra,
});

const all: ListDefinition = {
  id: "all",
  name: "综合红黑榜",
  isDefault: true,
  metric: "COMPOSITE",
  members: { kind: "ALL" },
  redCount: 1,
  blackCount: 1,
  blackThreshold: "85",
};

const departments = [
  department("市城管局", "BUREAU", 95, { rectificationRate: f(50) }),
  department("市住建局", "BUREAU", 80, { rectificationRate: f(100) }),
  department("新华街道", "STREET_OFFICE", 90, { rectificationRate: f(75) }),
  department("五一街道", "STREET_OFFICE", 88, { rectificationRate: null }),
  department("市水务局", "BUREAU", null),
];

describe("evaluateLists", () => {
  it("ranks the default list by composite with scoring.md's rules and the list's counts and threshold", () => {
    const [list] = evaluateLists([all], departments, null);
    expect(list.ranking).toEqual([
      { department: "市城管局", rank: 1, value: "95.0000", movement: { kind: "NEW" } },
      { department: "新华街道", rank: 2, value: "90.0000", movement: { kind: "NEW" } },
      { department: "五一街道", rank: 3, value: "88.0000", movement: { kind: "NEW" } },
      { department: "市住建局", rank: 4, value: "80.0000", movement: { kind: "NEW" } },
      { department: "市水务局", rank: null, value: null, movement: null },
    ]);
    expect(list.redList).toEqual(["市城管局"]);
    expect(list.blackList).toEqual([{ department: "市住建局", level: 1, step: "REMINDER_LETTER" }]);
    expect(list).toMatchObject({ id: "all", name: "综合红黑榜", isDefault: true, blackThreshold: "85" });
  });

  it("filters members by kind or a chosen set and ranks by the list's metric", () => {
    const streets: ListDefinition = { ...all, id: "streets", isDefault: false, members: { kind: "BY_KIND", departmentKind: "STREET_OFFICE" } };
    const rectification: ListDefinition = {
      ...all,
      id: "rect",
      isDefault: false,
      metric: "RECTIFICATION",
      members: { kind: "CHOSEN", departments: ["市城管局", "市住建局", "新华街道"] },
      blackThreshold: "60",
    };
    const [streetList, rectList] = evaluateLists([streets, rectification], departments, null);
    expect(streetList.ranking.map((entry) => [entry.department, entry.rank])).toEqual([
      ["新华街道", 1],
      ["五一街道", 2],
    ]);
    expect(streetList.redList).toEqual(["新华街道"]);
    expect(streetList.blackList.map((entry) => entry.department)).toEqual(["五一街道"]);
    expect(rectList.ranking.map((entry) => [entry.department, entry.rank, entry.value])).toEqual([
      ["市住建局", 1, "100.0000"],
      ["新华街道", 2, "75.0000"],
      ["市城管局", 3, "50.0000"],
    ]);
    // 市城管局 is last and below 60; the threshold applies to the list's metric, not the composite
    expect(rectList.blackList.map((entry) => entry.department)).toEqual(["市城管局"]);
  });

  it("breaks metric ties by fewer overdue open findings, then exact inspection score, then shares the rank", () => {
    const tied = [
      department("甲", "BUREAU", 90, { overdueOpen: 2 }),
      department("乙", "BUREAU", 90, { overdueOpen: 1 }),
      department("丙", "BUREAU", 90, { overdueOpen: 1, inspectionScore: Fraction.of(9001, 100) }),
      department("丁", "BUREAU", 90, { overdueOpen: 2 }),
    ];
    const [list] = evaluateLists([{ ...all, redCount: 0, blackCount: 0 }], tied, null);
    expect(list.ranking.map((entry) => [entry.department, entry.rank])).toEqual([
      ["丙", 1],
      ["乙", 2],
      ["丁", 3],
      ["甲", 3],
    ]);
  });

  it("gives movement against the same list of the previous publication", () => {
    const previous = {
      lists: [
        {
          id: "all",
          ranking: [
            { department: "新华街道", rank: 1 },
            { department: "市城管局", rank: 3 },
            { department: "五一街道", rank: 3 },
            { department: "市住建局", rank: null },
          ],
        },
        { id: "other", ranking: [{ department: "市住建局", rank: 1 }] },
      ],
      blackStreaks: new Map(),
    };
    const [list] = evaluateLists([all], departments, previous);
    expect(Object.fromEntries(list.ranking.map((entry) => [entry.department, entry.movement]))).toEqual({
      市城管局: { kind: "UP", by: 2 },
      新华街道: { kind: "DOWN", by: 1 },
      五一街道: { kind: "SAME" },
      市住建局: { kind: "NEW" },
      市水务局: null,
    });
    const [fresh] = evaluateLists([{ ...all, id: "new-list" }], departments, previous);
    expect(fresh.ranking[0].movement).toEqual({ kind: "NEW" });
  });

  it("escalates along the streak of the same list, a correction replacing what it supersedes", () => {
    const publish = (previous: ReturnType<typeof previousListsOf>, composites: [number, number]) =>
      evaluateLists([all], [department("A", "BUREAU", composites[0]), department("B", "BUREAU", composites[1])], previous);
    const p1 = { id: "p1", supersedes: null, lists: publish(null, [95, 80]) };
    expect(p1.lists[0].blackList).toEqual([{ department: "B", level: 1, step: "REMINDER_LETTER" }]);
    const p2 = { id: "p2", supersedes: null, lists: publish(previousListsOf([p1]), [95, 80]) };
    expect(p2.lists[0].blackList).toEqual([{ department: "B", level: 2, step: "LEADER_MEETING" }]);
    const p3 = { id: "p3", supersedes: null, lists: publish(previousListsOf([p1, p2]), [95, 80]) };
    expect(p3.lists[0].blackList).toEqual([{ department: "B", level: 3, step: "ACCOUNTABILITY" }]);
    // p2 corrected: A is last instead of B, so B's streak is broken at p2
    const p2c = { id: "p2c", supersedes: "p2", lists: publish(previousListsOf([p1]), [80, 95]) };
    expect(p2c.lists[0].blackList).toEqual([{ department: "A", level: 1, step: "REMINDER_LETTER" }]);
    const p4 = publish(previousListsOf([p1, p2, p3, p2c]), [95, 80]);
    expect(p4[0].blackList).toEqual([{ department: "B", level: 2, step: "LEADER_MEETING" }]);
    const p4Streaks = previousListsOf([p1, p2, p3, p2c])!.blackStreaks.get("all");
    expect(Object.fromEntries(p4Streaks!)).toEqual({ B: 1 });
  });

  it("has nothing to compare with when the series is empty", () => {
    expect(previousListsOf([])).toBeNull();
  });
});
