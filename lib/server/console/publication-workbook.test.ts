import { describe, expect, it } from "vitest";
import type { ProvinceSnapshot, PublishedList, RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { publicationSheets } from "./publication-workbook";

const list = (id: string, name: string): PublishedList => ({
  id,
  name,
  isDefault: id === "default",
  metric: "COMPOSITE",
  members: { kind: "ALL" },
  redCount: 1,
  blackCount: 1,
  blackThreshold: "85",
  ranking: [
    { department: "市城管局", rank: 1, value: "90.1250", movement: { kind: "UP", by: 2 } },
    { department: "新华街道", rank: 2, value: "70.0000", movement: { kind: "NEW" } },
  ],
  redList: ["市城管局"],
  blackList: [{ department: "新华街道", level: 3, step: "ACCOUNTABILITY" }],
});

const round = {
  kind: "ROUND",
  result: {
    cityScore: "80.0000",
    vetoed: false,
    criteria: [],
    departments: [
      { name: "市城管局", inspectionScore: "90.1250", rectificationRate: null, ledgerCompleteness: "100.0000", composite: "90.1250", rank: 1, overdueOpen: 0 },
      { name: "新华街道", inspectionScore: "70.0000", rectificationRate: "50.0000", ledgerCompleteness: null, composite: "70.0000", rank: 2, overdueOpen: 2 },
    ],
    redList: ["市城管局"],
    blackList: ["新华街道"],
  },
  lists: [list("default", "综合红黑榜"), list("a", "街道榜:每周/整改[率]"), list("b", "街道榜:每周/整改[率]")],
} as unknown as RoundSnapshot;

describe("a publication's workbook", () => {
  it("writes the department table and each list with marks, escalation and movement, scores as published", () => {
    const [departments, first] = publicationSheets(round);
    expect(departments.kind === "table" && departments.rows).toEqual([
      [1, "市城管局", 90.125, null, 100, 90.125, 0, "↑2"],
      [2, "新华街道", 70, 50, null, 70, 2, "新上榜"],
    ]);
    expect(first.kind === "table" && first.rows).toEqual([
      [1, "市城管局", 90.125, "红榜", "", "↑2"],
      [2, "新华街道", 70, "黑榜", "问责（第3次）", "新上榜"],
    ]);
  });

  it("names sheets as Excel allows: no []:*?/\\, unique, at most 31 characters", () => {
    expect(publicationSheets(round).map((sheet) => sheet.name)).toEqual(["责任单位成绩", "综合红黑榜", "街道榜_每周_整改_率_", "街道榜_每周_整改_率_-2"]);
  });

  it("keeps only the rows its reader may see", () => {
    const sheets = publicationSheets(round, (name) => name === "新华街道");
    expect(sheets.every((sheet) => sheet.kind === "table" && sheet.rows.every((row) => row[1] === "新华街道"))).toBe(true);
  });

  it("ranks the cities of a province publication", () => {
    const province = {
      scope: "PROVINCE",
      cities: [
        {
          city: { id: "c1", name: "嘉峪关市", slug: "jyg" },
          cityScore: "88.5000",
          vetoedRounds: 1,
          rank: 1,
          movement: { kind: "DOWN", by: 1 },
          publicationIds: [],
        },
      ],
    } as unknown as ProvinceSnapshot;
    const [sheet] = publicationSheets(province);
    expect(sheet.name).toBe("城市排名");
    expect(sheet.kind === "table" && sheet.rows).toEqual([[1, "嘉峪关市", 88.5, 1, "↓1"]]);
  });
});
