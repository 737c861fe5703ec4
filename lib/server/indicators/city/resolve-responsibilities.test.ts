import { describe, expect, it } from "vitest";
import { ALL_STREETS_NAME, nameResolver, resolveCriterion, sameResponsibilities, unmatchedNames } from "./resolve-responsibilities";

const departments = [
  { id: "cg", name: "市城管局", kind: "BUREAU" as const },
  { id: "jj", name: "市公安局", kind: "BUREAU" as const },
  { id: "s1", name: "雄关街道办事处", kind: "STREET_OFFICE" as const },
  { id: "s2", name: "钢城街道办事处", kind: "STREET_OFFICE" as const },
];
const criterion = (id: string, lead: string | null, co: string[] = []) => ({ id, leadDepartmentName: lead, coDepartmentNames: co });

describe("nameResolver", () => {
  it("resolves an exact name, the street group, and nothing else", () => {
    const resolve = nameResolver(departments, []);
    expect(resolve("市城管局")).toEqual(["cg"]);
    expect(resolve(ALL_STREETS_NAME)).toEqual(["s1", "s2"]);
    expect(resolve("市公安局交警支队")).toEqual([]);
  });

  it("prefers the city's mapping, to one department or every street office", () => {
    const resolve = nameResolver(departments, [
      { name: "市公安局交警支队", departmentId: "jj", isAllStreets: false },
      { name: "市城管局", departmentId: null, isAllStreets: true },
      { name: "已撤销局", departmentId: "gone", isAllStreets: false },
    ]);
    expect(resolve("市公安局交警支队")).toEqual(["jj"]);
    expect(resolve("市城管局")).toEqual(["s1", "s2"]);
    expect(resolve("已撤销局")).toEqual([]);
  });
});

describe("resolveCriterion", () => {
  it("puts the lead first and keeps a department named as both lead and co as lead", () => {
    const resolve = nameResolver(departments, []);
    expect(resolveCriterion(criterion("k", "市城管局", ["市城管局", ALL_STREETS_NAME, "未知局"]), resolve)).toEqual([
      { departmentId: "cg", role: "LEAD" },
      { departmentId: "s1", role: "CO" },
      { departmentId: "s2", role: "CO" },
    ]);
    expect(resolveCriterion(criterion("k", ALL_STREETS_NAME), resolve)).toEqual([
      { departmentId: "s1", role: "LEAD" },
      { departmentId: "s2", role: "LEAD" },
    ]);
  });
});

describe("unmatchedNames", () => {
  it("lists each unmatched name once with the number of criteria using it", () => {
    const resolve = nameResolver(departments, []);
    const criteria = [criterion("a", "未知局", ["市城管局", "另一局"]), criterion("b", "市城管局", ["未知局", "未知局"]), criterion("c", null)];
    expect(unmatchedNames(criteria, resolve)).toEqual([
      { name: "未知局", criteriaCount: 2 },
      { name: "另一局", criteriaCount: 1 },
    ]);
  });
});

describe("sameResponsibilities", () => {
  it("compares as sets", () => {
    const a = [
      { departmentId: "x", role: "LEAD" as const },
      { departmentId: "y", role: "CO" as const },
    ];
    expect(sameResponsibilities(a, [...a].reverse())).toBe(true);
    expect(
      sameResponsibilities(a, [
        { departmentId: "x", role: "CO" },
        { departmentId: "y", role: "CO" },
      ]),
    ).toBe(false);
    expect(sameResponsibilities([], [])).toBe(true);
  });
});
