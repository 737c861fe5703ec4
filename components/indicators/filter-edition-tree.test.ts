import { describe, expect, it } from "vitest";
import { filterEditionTree, filterOptions, hasFilters } from "./filter-edition-tree";

const criterion = (code: string, name: string, points: string, extra: Record<string, unknown> = {}) => ({
  id: code,
  cityId: null,
  code,
  name,
  description: null,
  points,
  method: "FIELD" as const,
  rubricKind: "PROPORTION" as const,
  rubricParams: {},
  rubricText: "",
  siteTypeNames: ["主次干道"],
  leadDepartmentName: "市城管局",
  coDepartmentNames: [] as string[],
  isVeto: false,
  onlineSubmissionRule: null,
  rectificationDays: null,
  ...extra,
});
const level = { points: "0", criteriaCount: 0 };
const tree = [
  {
    id: "c1",
    code: "C01",
    name: "公共环境",
    ...level,
    contents: [
      {
        id: "n1",
        code: "C01-01",
        name: "道路公益广告",
        ...level,
        criteria: [criterion("K1", "每200米一处", "4"), criterion("K2", "广告完好", "3", { method: "MATERIAL", siteTypeNames: [] })],
      },
      {
        id: "n2",
        code: "C01-02",
        name: "街巷",
        ...level,
        criteria: [criterion("K3", "路灯亮灯率", "2.5", { isVeto: true, coDepartmentNames: ["各街道办事处"], siteTypeNames: ["背街小巷"] })],
      },
    ],
  },
  {
    id: "c2",
    code: "C02",
    name: "群众评价",
    ...level,
    contents: [
      {
        id: "n3",
        code: "C02-01",
        name: "满意率",
        ...level,
        criteria: [criterion("K4", "公益广告知晓率", "0.5", { method: "SURVEY", leadDepartmentName: "市文明办" })],
      },
    ],
  },
];

describe("filterEditionTree", () => {
  it("keeps everything, with totals per level, when nothing is filtered", () => {
    const result = filterEditionTree(tree, {});
    expect(result).toMatchObject({ criteriaCount: 4, points: "10" });
    expect(result.categories.map((c) => [c.code, c.criteriaCount, c.points])).toEqual([
      ["C01", 3, "9.5"],
      ["C02", 1, "0.5"],
    ]);
    expect(hasFilters({})).toBe(false);
  });

  it("searches codes and names of criteria, and of contents and categories", () => {
    expect(filterEditionTree(tree, { q: "公益广告" }).categories.flatMap((c) => c.contents.flatMap((n) => n.criteria.map((k) => k.code)))).toEqual([
      "K1",
      "K2",
      "K4",
    ]);
    expect(filterEditionTree(tree, { q: "k3" })).toMatchObject({ criteriaCount: 1, points: "2.5" });
    expect(filterEditionTree(tree, { q: "C02" })).toMatchObject({ criteriaCount: 1, points: "0.5" });
    expect(filterEditionTree(tree, { q: "不存在" })).toEqual({ categories: [], criteriaCount: 0, points: "0" });
  });

  it("filters by method, site type, department (lead or co) and veto, dropping emptied levels", () => {
    expect(filterEditionTree(tree, { method: "FIELD" })).toMatchObject({ criteriaCount: 2, points: "6.5" });
    expect(filterEditionTree(tree, { siteType: "背街小巷" }).categories.map((c) => c.contents.map((n) => n.code))).toEqual([["C01-02"]]);
    expect(filterEditionTree(tree, { department: "各街道办事处" })).toMatchObject({ criteriaCount: 1 });
    expect(filterEditionTree(tree, { department: "市文明办" })).toMatchObject({ criteriaCount: 1, points: "0.5" });
    expect(filterEditionTree(tree, { isVetoOnly: true, method: "FIELD" })).toMatchObject({ criteriaCount: 1, points: "2.5" });
  });
});

describe("filterOptions", () => {
  it("lists the methods, site types and department names in use", () => {
    expect(filterOptions(tree)).toEqual({
      methods: ["FIELD", "MATERIAL", "SURVEY"],
      siteTypes: expect.arrayContaining(["主次干道", "背街小巷"]),
      departments: expect.arrayContaining(["市城管局", "各街道办事处", "市文明办"]),
    });
  });
});
