import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { DepartmentDrilldown } from "@/lib/server/console/get-department-drilldown";
import type { DepartmentRow } from "@/lib/server/console/department-rows";
import { InspectionBreakdown, LedgerBreakdown, RectificationBreakdown } from "./department-checks";
import { DepartmentTable } from "./department-table";
import { LossesCard } from "./losses-card";
import { PublicationNotices } from "./publication-notices";
import { RankingListCard } from "./ranking-list-card";

const t = createTranslator(messagesFor("zh-CN"));
const en = createTranslator(messagesFor("en"));

const row = (name: string, rank: number | null, movement: DepartmentRow["movement"]): DepartmentRow => ({
  name,
  kind: "BUREAU",
  rank,
  inspectionScore: "90.00",
  rectificationRate: "75.00",
  ledgerCompleteness: null,
  composite: "86.25",
  overdueOpen: 1,
  movement,
});

const list: PublishedList = {
  id: "l1",
  name: "综合红黑榜",
  isDefault: true,
  metric: "COMPOSITE",
  members: { kind: "ALL" },
  redCount: 1,
  blackCount: 1,
  blackThreshold: "85",
  ranking: [
    { department: "市城管局", rank: 1, value: "92.3450", movement: { kind: "UP", by: 2 } },
    { department: "市住建局", rank: 2, value: "80.0000", movement: { kind: "DOWN", by: 1 } },
    { department: "新华街道", rank: 3, value: "70.0000", movement: { kind: "NEW" } },
  ],
  redList: ["市城管局"],
  blackList: [
    { department: "市住建局", level: 2, step: "LEADER_MEETING" },
    { department: "新华街道", level: 1, step: "REMINDER_LETTER" },
  ],
};

describe("movement", () => {
  it("shows ↑2, ↓1 and 新上榜 with words for screen readers", () => {
    const html = renderToString(createElement(RankingListCard, { list, t }));
    expect(html).toContain("↑2");
    expect(html).toContain("↓1");
    expect(html).toContain("新上榜");
    expect(html).toContain('aria-label="上升 2 位"');
    expect(html).toContain('aria-label="下降 1 位"');
  });

  it("puts red and black members with their escalation, and the value exactly at 2 places", () => {
    const html = renderToString(createElement(RankingListCard, { list, t })).replaceAll("<!-- -->", "");
    expect(html).toContain("市住建局 · 约谈（第2次）");
    expect(html).toContain("新华街道 · 提醒函（第1次）");
    expect(html).toContain("92.35");
  });

  it("marks an unchanged or unranked department with a dash", () => {
    const html = renderToString(createElement(DepartmentTable, { rows: [row("市城管局", 1, { kind: "SAME" }), row("五一街道", null, null)], t }));
    expect(html.match(/—/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe("table toggles", () => {
  it("shows the chart with a button to the table; the table is in the page for print", () => {
    const html = renderToString(createElement(RankingListCard, { list, t, withChart: true }));
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain("以表格查看");
    expect(html).toMatch(/id="list-l1-table"[^>]*class="hidden print:block"/);
    expect(html).toMatch(/id="list-l1-chart"[^>]*class="print:hidden"/);
  });

  it("gives points lost by category with its table and English labels", () => {
    const losses = [
      { category: "公共环境", lost: "3.50", value: 3.5 },
      { category: null, lost: "1.00", value: 1 },
    ];
    const html = renderToString(createElement(LossesCard, { losses, t }));
    expect(html).toContain("公共环境");
    expect(html).toContain("其他");
    expect(renderToString(createElement(LossesCard, { losses, t: en }))).toContain("Show as table");
  });
});

describe("the department table", () => {
  it("links each figure to what made it when the publication is drillable", () => {
    const html = renderToString(createElement(DepartmentTable, { rows: [row("市城管局 / 一队", 1, null)], t, publicationId: "p1" }));
    expect(html).toContain(`href="/publications/p1/departments/${encodeURIComponent("市城管局 / 一队")}#inspection"`);
    expect(html).toContain("#rectification");
  });
});

describe("corrections", () => {
  it("marks a superseded publication and links its correction with the reason", () => {
    const html = renderToString(
      createElement(PublicationNotices, { view: { supersededBy: { id: "p2", title: "第2期更正", reason: "录入有误" }, supersedes: null, reason: null }, t }),
    );
    expect(html).toContain("本期通报已被更正");
    expect(html).toContain('href="/publications/p2"');
    expect(html).toContain("更正原因：录入有误");
  });
});

describe("a department's checks", () => {
  const drill: DepartmentDrilldown = {
    publication: { id: "p1", title: "通报", roundName: "第1轮", periodStart: "2026-11-01", periodEnd: "2026-11-30", city: "测试市" },
    department: "市城管局",
    row: row("市城管局", 1, null),
    inspection: {
      criteria: [
        {
          code: "1.1",
          name: "道路整洁",
          earned: "5.00",
          possible: "10.00",
          checks: [
            { site: { name: "人民广场", code: "GC-001" }, outcome: { pass: true } },
            { site: null, outcome: { findings: 2 } },
          ],
        },
      ],
      earned: "5.00",
      possible: "10.00",
    },
    rectification: { findings: [{ due: "2026-11-20", verifiedAt: null, isOnTime: false }], onTime: 0 },
    ledger: { tasks: [], kept: 0, windowStart: "2026-10-31" },
  };

  it("writes the sum out and lists each criterion's checks with site and outcome", () => {
    const html = renderToString(createElement(InspectionBreakdown, { drill, t }));
    expect(html).toContain("ΣE / ΣP × 100 = 5.00 / 10.00 × 100 = 90.00");
    expect(html).toContain("道路整洁");
    expect(html).toContain("人民广场（GC-001）");
    expect(html).toContain("合格");
    expect(html).toContain("发现问题 2 处");
    expect(html).toContain("材料审核（无点位）");
  });

  it("says when no task is behind ledger completeness, every text from the catalog", () => {
    const html = [InspectionBreakdown, RectificationBreakdown, LedgerBreakdown].map((part) => renderToString(createElement(part, { drill, t }))).join("");
    expect(html).toContain("本单位没有期内牵头任务");
    expect(html).toContain("2026-10-31 至 2026-11-30");
    expect(html).not.toMatch(/scorecards\.[a-z]/);
  });

  it("lists the findings of the rectification rate", () => {
    const html = renderToString(createElement(RectificationBreakdown, { drill, t }));
    expect(html).toContain("按期整改 0 / 期内到期 1 × 100 = 75.00");
    expect(html).toContain("未按期整改");
  });
});
