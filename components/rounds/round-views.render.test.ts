import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { RoundDetail, RoundItem } from "@/lib/validation/rounds";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import type { ChecklistItem } from "@/lib/validation/checks";
import { DeskCheckItem } from "./desk-check-item";
import { RoundRechecks } from "./round-rechecks";
import { RoundScores } from "./round-scores";
import { RoundSiteTable } from "./round-site-table";
import { RoundStatusActions } from "./round-status-actions";
import { RoundTable } from "./round-table";

vi.mock("@/lib/actions/rounds", () => ({
  startRoundAction: vi.fn(),
  closeRoundAction: vi.fn(),
  reopenRoundAction: vi.fn(),
  assignRoundInspectorAction: vi.fn(),
  previewRoundDrawAction: vi.fn(),
  createRoundAction: vi.fn(),
  submitDeskCheckAction: vi.fn(),
}));
vi.mock("@/lib/actions/rechecks", () => ({ recordRecheckAction: vi.fn() }));
vi.mock("@/lib/actions/checks", () => ({ correctCheckAction: vi.fn() }));

const t = createTranslator(messagesFor("zh-CN"));

const round = (overrides: Partial<RoundItem>): RoundItem => ({
  id: "r1",
  name: "周督查（11月23日—11月29日）",
  kind: "WEEKLY",
  status: "IN_PROGRESS",
  periodStart: "2026-11-23",
  periodEnd: "2026-11-29",
  siteCount: 40,
  criterionCount: 18,
  progress: { done: 12, expected: 40 },
  sample: { seed: "2026-11-23", perType: { 小区: 3 } },
  reopenReason: null,
  version: 1,
  createdAt: "2026-11-22T08:00:00.000Z",
  ...overrides,
});

describe("the round list", () => {
  it("links each round to its page with kind, status, period, sites and progress in Chinese", () => {
    const html = renderToString(createElement(RoundTable, { items: [round({}), round({ id: "r2", kind: "RECHECK", status: "CLOSED", name: "回头看" })], t }));
    expect(html).toContain('href="/rounds/r1"');
    expect(html).toContain('href="/rounds/r2"');
    expect(html).toContain(">周督查<");
    expect(html).toContain(">回头看<");
    expect(html).toContain(">进行中<");
    expect(html).toContain(">已结束<");
    expect(html).toContain("2026-11-23 — 2026-11-29");
    expect(html).toContain("12 / 40");
    expect(html).toContain('aria-valuenow="12"');
  });

  it("says so when there is no round", () => {
    expect(renderToString(createElement(RoundTable, { items: [], t }))).toContain("暂无督查轮次");
  });
});

describe("the round's status buttons", () => {
  const render = (status: RoundItem["status"], canManage: boolean, canStart = true) =>
    renderInChinese(createElement(RoundStatusActions, { roundId: "r1", status, canStart, canManage }));

  it("offer only what the transition table allows", () => {
    expect(render("PLANNED", true)).toContain(">开始督查<");
    expect(render("PLANNED", true)).not.toContain(">结束督查<");
    expect(render("IN_PROGRESS", true)).toContain(">结束督查<");
    expect(render("IN_PROGRESS", true)).not.toContain(">开始督查<");
    expect(render("CLOSED", true)).toContain(">重新打开<");
  });

  it("leave closing and reopening to the office", () => {
    expect(render("IN_PROGRESS", false)).not.toContain(">结束督查<");
    expect(render("CLOSED", false)).not.toContain(">重新打开<");
    expect(render("PLANNED", false, false)).not.toContain(">开始督查<");
  });
});

const site = (id: string, inspector: { id: string; name: string } | null): RoundDetail["sites"][number] => ({
  site: { id, code: `D-${id}`, name: `点位${id}`, street: "新华街道", grid: null, address: null, siteType: { id: "st", name: "小区" } },
  inspector,
  progress: { done: 2, expected: 4 },
});

describe("the round's sites", () => {
  it("let the office change each site's inspector while the round is open", () => {
    const html = renderInChinese(
      createElement(RoundSiteTable, {
        roundId: "r1",
        sites: [site("1", { id: "u1", name: "督查员甲" }), site("2", null)],
        inspectors: [
          { id: "u1", name: "督查员甲" },
          { id: "u2", name: "督查员乙" },
        ],
        t,
      }),
    );
    expect(html).toContain('aria-label="点位1的督查员"');
    expect(html).toMatch(/<option value="u1" selected="">督查员甲<\/option>/);
    expect(html).toContain(">本市任一督查员<");
    expect(html).toContain("2 / 4");
  });

  it("show the inspector's name when it can no longer change", () => {
    const html = renderInChinese(
      createElement(RoundSiteTable, { roundId: "r1", sites: [site("1", { id: "u1", name: "督查员甲" }), site("2", null)], inspectors: null, t }),
    );
    expect(html).not.toContain("<select");
    expect(html).toContain("督查员甲");
    expect(html).toContain("本市任一督查员");
  });
});

describe("the round's scores", () => {
  it("show the city score, the veto and the departments in rank order with their lists", () => {
    const html = renderToString(
      createElement(RoundScores, {
        roundId: "r1",
        scores: {
          cityScore: "86.67",
          vetoed: true,
          departments: [
            { name: "市城管局", rank: 1, composite: "92.50", inspectionScore: "95.00", rectificationRate: "80.00", ledgerCompleteness: null, overdueOpen: 0 },
            { name: "市住建局", rank: 2, composite: "70.00", inspectionScore: "70.00", rectificationRate: null, ledgerCompleteness: null, overdueOpen: 3 },
          ],
          redList: ["市城管局"],
          blackList: ["市住建局"],
        },
        t,
      }),
    );
    expect(html).toContain("86.67");
    expect(html).toContain(">一票否决<");
    expect(html.indexOf("市城管局")).toBeLessThan(html.indexOf("市住建局"));
    expect(html).toContain(">红榜<");
    expect(html).toContain(">黑榜<");
    expect(html).toContain('href="/api/v1/rounds/r1/scores"');
  });
});

describe("a 回头看 round's items", () => {
  it("show each re-check's result and a false rectification", () => {
    const finding = {
      id: "f1",
      status: "DISPATCHED",
      criterion: { id: "c", code: "C06-01-1", title: "无暴露垃圾" },
      site: { id: "s", name: "胜利中路北二巷" },
      round: { id: "r0", name: "周督查" },
      department: { id: "d", name: "市城管局" },
      description: "路面有暴露垃圾",
      dueDate: "2026-11-01",
      overdue: true,
      falseRectification: true,
      verifiedOn: null,
      version: 3,
    };
    const html = renderToString(createElement(RoundRechecks, { items: [{ finding, result: "NOT_FIXED", note: "问题反弹" }], t }));
    expect(html).toContain(">未整改到位<");
    expect(html).toContain(">虚假整改<");
    expect(html).toContain("问题反弹");
  });
});

describe("a desk criterion", () => {
  const item = (check: ChecklistItem["check"]): ChecklistItem => ({
    criterion: { id: "c1", code: "C01-01-1", title: "制定年度理论学习计划", points: "2", rubric: { kind: "GRADED" }, standard: null },
    check,
  });

  it("offers its rubric's grades while the round runs", () => {
    const html = renderInChinese(createElement(DeskCheckItem, { roundId: "r1", item: item(null), isOpen: true }));
    expect(html).toContain("按评定等级得分");
    for (const grade of ["A", "B", "C", "D"]) expect(html).toContain(`>${grade}<`);
    expect(html).toContain(">保存结果<");
  });

  it("shows what was entered, and nothing to enter once closed", () => {
    const check = { visitStatus: "INSPECTED", outcome: { grade: "B" }, note: "计划缺实施方案" } as unknown as ChecklistItem["check"];
    expect(renderInChinese(createElement(DeskCheckItem, { roundId: "r1", item: item(check), isOpen: true }))).toContain("评定等级 B");
    const closed = renderInChinese(createElement(DeskCheckItem, { roundId: "r1", item: item(null), isOpen: false }));
    expect(closed).toContain("未录入，不计分");
    expect(closed).not.toContain(">保存结果<");
  });
});
