import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { CityPublicationItem } from "@/lib/server/console/get-city-console";
import type { CityOverview } from "@/lib/server/console/get-province-overview";
import { CityCard } from "./city-card";
import { CityPublications } from "./city-publications";
import { CriterionComparisonTable } from "./criterion-comparison-table";

const t = createTranslator(messagesFor("zh-CN"));

const city: CityOverview = {
  id: "c1",
  name: "嘉峪关市",
  slug: "jiayuguan",
  provinceName: "甘肃省",
  latest: { publicationId: "p2", title: "第2期", roundName: "第2轮", periodEnd: "2026-11-30", cityScore: "86.25", vetoed: true },
  trend: [
    { publicationId: "p1", label: "第1轮", periodEnd: "2026-11-23", cityScore: "90.00", value: 90, vetoed: false },
    { publicationId: "p2", label: "第2轮", periodEnd: "2026-11-30", cityScore: "86.25", value: 86.25, vetoed: true },
  ],
  vetoedThisYear: 1,
  rectification: { due: 5, rectifiedOnTime: 4, rate: "80.00" },
  overdue: 2,
  cycleProgress: { completed: 3, total: 8, rate: "37.50" },
};

describe("a city on the province view", () => {
  it("shows its latest score with the veto, its figures and a link to its drill-down", () => {
    const html = renderToString(createElement(CityCard, { city, t }));
    expect(html).toContain('href="/province/cities/jiayuguan"');
    expect(html).toContain("86.25");
    expect(html).toContain("一票否决");
    expect(html).toContain("80.00%");
    expect(html).toContain("按期整改 4 / 到期 5");
    expect(html).toContain("完成 3 / 共 8 项任务");
  });

  it("gives its trend a table toggle whose table prints", () => {
    const html = renderToString(createElement(CityCard, { city, t }));
    expect(html).toContain('aria-pressed="false"');
    expect(html).toMatch(/id="trend-c1-table"[^>]*class="hidden print:block"/);
    expect(html).toContain('href="/publications/p1"');
  });

  it("says when a city has published nothing", () => {
    const html = renderToString(
      createElement(CityCard, { city: { ...city, latest: null, trend: [], rectification: null, overdue: null, cycleProgress: null }, t }),
    );
    expect(html).toContain("尚未发布督查结果");
    expect(html).not.toContain("aria-pressed");
  });
});

describe("a city's publications", () => {
  it("marks a superseded one and links its correction", () => {
    const publications: CityPublicationItem[] = [
      {
        id: "p3",
        kind: "ROUND",
        title: "更正通报",
        issue: { year: 2026, number: 3 },
        periodStart: "2026-11-24",
        periodEnd: "2026-11-30",
        publishedAt: "2026-12-01 09:00",
        supersededBy: null,
      },
      {
        id: "p2",
        kind: "ROUND",
        title: "原通报",
        issue: { year: 2026, number: 2 },
        periodStart: "2026-11-24",
        periodEnd: "2026-11-30",
        publishedAt: "2026-11-30 18:00",
        supersededBy: { id: "p3", title: "更正通报", reason: "录入有误" },
      },
    ];
    const html = renderToString(createElement(CityPublications, { publications, t }));
    expect(html).toContain("2026年第3期");
    expect(html.match(/data-superseded/g)).toHaveLength(1);
    expect(html).toContain("已被更正");
    expect(html).toContain("更正通报：更正通报");
  });
});

describe("one criterion across cities", () => {
  it("shows earned / possible and the percentage, and 未测评 where it was not assessed", () => {
    const rows = [
      { city: { name: "甲市", slug: "a" }, publication: { id: "p1", title: "甲市第1期" }, earned: "4.00", possible: "5.00", percent: "80.00" },
      { city: { name: "乙市", slug: "b" }, publication: null, earned: null, possible: null, percent: null },
    ];
    const html = renderToString(createElement(CriterionComparisonTable, { rows, code: "1.2", t }));
    expect(html).toContain("4.00 / 5.00");
    expect(html).toContain("80.00%");
    expect(html).toContain("未测评");
  });
});
