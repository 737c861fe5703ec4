import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { CityCockpitData } from "@/lib/server/dashboard/get-city-cockpit";
import { CityCockpit } from "./city-cockpit";
import { EscalationsTile } from "./escalations-tile";
import { FindingDeadlinesTile } from "./finding-deadlines-tile";
import { RoundScoreTile } from "./round-score-tile";

const t = createTranslator(messagesFor("zh-CN"));
const en = createTranslator(messagesFor("en"));

const data: CityCockpitData = {
  roundScore: {
    latest: { roundId: "r2", name: "第48周督查", periodEnd: "2026-11-29", cityScore: "86.25", vetoed: true },
    trend: [
      { roundId: "r1", name: "第47周督查", periodEnd: "2026-11-22", cityScore: null, vetoed: false },
      { roundId: "r2", name: "第48周督查", periodEnd: "2026-11-29", cityScore: "86.25", vetoed: true },
    ],
  },
  deadlines: {
    today: "2026-12-03",
    dueSoonEnd: "2026-12-09",
    overdue: 3,
    dueSoon: 1,
    departments: [
      { departmentId: "d1", name: "市城管局", overdue: 3, dueSoon: 0 },
      { departmentId: "d2", name: "东城街道", overdue: 0, dueSoon: 1 },
    ],
  },
  ledgerReview: { entries: 7, tasks: 4 },
  unsignedTasks: 5,
  escalations: {
    publication: { id: "p1", title: "2026年第12期", publishedAt: "2026-11-30 09:00" },
    lists: [
      { id: "l1", name: "综合红黑榜", members: [{ department: "市城管局", departmentId: "d1", level: 2, step: "LEADER_MEETING" }] },
      { id: "l2", name: "街道榜", members: [] },
    ],
  },
  funnel: { from: "2026-11-04", to: "2026-12-03", found: 20, dispatched: 18, replied: 12, verified: 9, overdue: 4 },
};

const render = (element: Parameters<typeof renderToString>[0]) => renderToString(element).replaceAll("<!-- -->", "");

describe("the city cockpit", () => {
  const html = render(createElement(CityCockpit, { data, t }));

  it("links every tile to the filtered list behind it", () => {
    expect(html).toContain('href="/rounds/r2"');
    expect(html).toContain('href="/rounds?status=CLOSED"');
    expect(html).toContain('href="/findings?department=d1&amp;overdue=1"');
    expect(html).toContain('href="/findings?department=d2&amp;dueSoon=1"');
    expect(html).toContain('href="/findings?overdue=1"');
    expect(html).toContain('href="/findings?dueSoon=1"');
    expect(html).toContain('href="/tasks?pendingReview=1"');
    expect(html).toContain('href="/tasks?dispatchStatus=DISPATCHED"');
    expect(html).toContain('href="/departments/d1"');
    expect(html).toContain('href="/publications/p1"');
  });

  it("shows the numbers with Chinese labels, a zero without a link", () => {
    expect(html).toContain(">86.25<");
    expect(html).toContain("一票否决");
    expect(html).toContain("第48周督查（截至 2026-11-29）");
    expect(html).toContain('aria-label="市城管局：已逾期 3 个问题"');
    expect(html).not.toContain("department=d1&amp;dueSoon=1");
    expect(html).toContain("台账待审核");
    expect(html).toContain(">7<");
    expect(html).toContain("涉及 4 项任务");
    expect(html).toContain("已交办未签收任务");
    expect(html).toContain(">5<");
    expect(html).toContain("约谈");
    expect(html).toContain("连续第 2 期");
    expect(html).toContain("本榜无黑榜单位");
    expect(html).toContain("依据：2026年第12期（2026-11-30 09:00 发布）");
  });

  it("gives each chart a table toggle: a button, the chart hidden in print, the table kept for print", () => {
    expect(html.match(/<button type="button" aria-controls="[^"]+" aria-pressed="false"[^>]*>以表格查看<\/button>/g)).toHaveLength(2);
    expect(html).toContain('id="cockpit-trend-chart" data-part="chart" class="print:hidden"');
    expect(html).toContain('id="cockpit-trend-table" data-part="table" class="hidden print:block"');
    expect(html).toContain('id="cockpit-funnel-table" data-part="table" class="hidden print:block"');
    expect(html).toContain('role="img" aria-label="近 12 轮城市得分"');
    expect(html).toContain('role="img" aria-label="整改漏斗（近 30 天）"');
    // The funnel's text alternative: every stage with its count.
    for (const [stage, count] of [
      ["发现", 20],
      ["已交办", 18],
      ["已回复", 12],
      ["已销号", 9],
      ["逾期未改", 4],
    ] as const) {
      expect(html).toMatch(new RegExp(`>${stage}</td><td[^>]*>${count}</td>`));
    }
  });

  it("has English labels in the en catalog", () => {
    const english = render(createElement(CityCockpit, { data, t: en }));
    expect(english).toContain("Latest round score");
    expect(english).toContain("Show as table");
    expect(english).toContain("Meeting with the leader");
  });
});

describe("empty states", () => {
  it("says so when no round is closed yet", () => {
    const html = render(createElement(RoundScoreTile, { data: { latest: null, trend: [] }, t }));
    expect(html).toContain("还没有已结束的督查轮次");
    expect(html).not.toContain("<button");
  });

  it("shows 暂无得分 for a closed round without a stored score", () => {
    const point = { roundId: "r1", name: "第1轮", periodEnd: "2026-11-22", cityScore: null, vetoed: false };
    expect(render(createElement(RoundScoreTile, { data: { latest: point, trend: [point] }, t }))).toContain("暂无得分");
  });

  it("says 尚未发布通报 before the first publication", () => {
    expect(render(createElement(EscalationsTile, { data: null, t }))).toContain("尚未发布通报");
  });

  it("says no finding is overdue or due this week", () => {
    const html = render(
      createElement(FindingDeadlinesTile, { data: { today: "2026-12-03", dueSoonEnd: "2026-12-09", overdue: 0, dueSoon: 0, departments: [] }, t }),
    );
    expect(html).toContain("没有逾期或 7 日内到期的问题");
    expect(html).toContain("2026-12-03 至 2026-12-09");
  });
});
