import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import type { RankingListRow } from "@/lib/validation/ranking-lists";
import { CitySettingsForm } from "./city-settings-form";
import { CycleWeightsForm } from "./cycle-weights-form";
import { RankingListForm } from "./ranking-list-form";
import { RankingListsTable } from "./ranking-lists-table";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined }) }));
vi.mock("@/lib/actions/city-settings", () => ({ updateCitySettingsAction: vi.fn(), updateCycleWeightsAction: vi.fn() }));
vi.mock("@/lib/actions/ranking-lists", () => ({}));

const labels = (html: string) => [...html.matchAll(/<label[^>]*for="[^"]+"[^>]*>([^<]+)<\/label>/g)].map((match) => match[1]);
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((match) => match[1]);

const cycle = {
  id: "c1",
  name: "2025—2027年创建周期",
  startYear: 2025,
  endYear: 2027,
  editionName: null,
  inspectionWeight: "0.7",
  rectificationWeight: "0.2",
  ledgerWeight: "0.1",
  years: [
    { year: 2025, weight: "0.15" },
    { year: 2026, weight: "0.25" },
    { year: 2027, weight: "0.6" },
  ],
  version: 1,
};
const defaultList: RankingListRow = {
  id: "l1",
  cityId: "city",
  cycleId: "c1",
  name: "综合红黑榜",
  isDefault: true,
  members: "ALL",
  memberKind: null,
  departments: [],
  metric: "COMPOSITE",
  redCount: 5,
  blackCount: 3,
  blackThreshold: "85.00",
  sortOrder: 0,
  version: 1,
};
const streetList: RankingListRow = {
  ...defaultList,
  id: "l2",
  name: "街道红黑榜",
  isDefault: false,
  members: "BY_KIND",
  memberKind: "STREET_OFFICE",
  sortOrder: 1,
};
const departments = [{ id: "d1", name: "市城管局" }];

describe("the weights form", () => {
  it("labels the three scorecard weights and each year of the cycle with its stored value", () => {
    const html = renderInChinese(createElement(CycleWeightsForm, { cycle }));
    expect(labels(html)).toEqual(["实地督查", "问题整改", "台账完成", "2025年权重", "2026年权重", "2027年权重"]);
    expect(html).toContain('value="0.15"');
    expect(buttons(html)).toEqual(["保存权重"]);
  });
});

describe("the city settings form", () => {
  it("labels the days with their ranges and the two switches", () => {
    const html = renderInChinese(
      createElement(CitySettingsForm, {
        settings: {
          cityId: "city",
          cityName: "测试市",
          rectificationDays: 7,
          inspectorsMayCreateRounds: true,
          autoDispatchFindings: false,
          appealDays: 0,
          version: 2,
          currentCycle: cycle,
        },
      }),
    );
    expect(labels(html)).toEqual(["整改期限（天）", "申诉期（天）"]);
    for (const text of ["0 表示关闭申诉", "督查员可以新建督查轮次", "发现问题后自动交办给责任单位"]) expect(html).toContain(text);
  });
});

describe("the ranking list form", () => {
  it("offers members and metrics for a new list", () => {
    const html = renderInChinese(createElement(RankingListForm, { cycleId: "c1", departments }));
    expect(labels(html)).toEqual(["榜单名称", "排名依据", "参评单位", "红榜名额", "黑榜名额", "黑榜分数线"]);
    for (const text of ["综合得分", "实地督查得分", "整改率", "全部单位", "按单位类型", "选定单位", ">新增红黑榜</button>"]) expect(html).toContain(text);
  });

  it("shows the default list's members and metric fixed, and a kind for a list by kind", () => {
    const fixed = renderInChinese(createElement(RankingListForm, { cycleId: "c1", departments, list: defaultList }));
    expect(fixed).toContain("默认榜单固定为全部单位、按综合得分排名");
    expect(fixed.match(/<select[^>]*disabled/g)?.length).toBe(2);
    const byKind = renderInChinese(createElement(RankingListForm, { cycleId: "c1", departments, list: streetList }));
    expect(labels(byKind)).toContain("单位类型");
  });
});

describe("the ranking lists table", () => {
  it("lists each list with its members and offers delete only for lists other than the default", () => {
    const html = renderInChinese(createElement(RankingListsTable, { cycleId: "c1", lists: [defaultList, streetList], departments, canManage: true }));
    expect(html).toContain("综合红黑榜");
    expect(html).toContain("街道红黑榜");
    expect(buttons(html).filter((label) => label === "删除")).toHaveLength(1);
    expect(buttons(html)).toContain("新增红黑榜");
  });
});
