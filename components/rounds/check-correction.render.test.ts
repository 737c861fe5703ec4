import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { CheckItem, ChecklistItem } from "@/lib/validation/checks";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { correctionResultOf } from "./check-correction";
import { DeskCheckItem } from "./desk-check-item";
import { RoundSiteChecks } from "./round-site-checks";

vi.mock("@/lib/actions/rounds", () => ({ submitDeskCheckAction: vi.fn() }));
vi.mock("@/lib/actions/checks", () => ({ correctCheckAction: vi.fn() }));

const t = createTranslator(messagesFor("zh-CN"));

const check: CheckItem = {
  id: "ch1",
  clientKey: "k1",
  roundId: "r1",
  criterionId: "c1",
  siteId: "s1",
  visitStatus: "INSPECTED",
  outcome: { pass: false },
  note: "门前堆物",
  latitude: null,
  longitude: null,
  capturedAt: null,
  checkedAt: "2026-12-03T01:00:00.000Z",
  inspector: { id: "u1", name: "督查员甲" },
  departments: [{ id: "d1", name: "市住建局", isPrimary: true }],
  photos: [],
  finding: { id: "f1", status: "OPEN" },
  version: 2,
};
const items: ChecklistItem[] = [
  { criterion: { id: "c1", code: "R-2", title: "门前三包", points: "2", rubric: { kind: "PASS_FAIL" }, standard: null }, check },
  { criterion: { id: "c2", code: "R-3", title: "无占道经营", points: "2", rubric: { kind: "PASS_FAIL" }, standard: null }, check: null },
];

describe("a site's checks on the round page", () => {
  it("list each criterion's saved outcome, who checked it, and 更正 while the round runs", () => {
    const html = renderInChinese(createElement(RoundSiteChecks, { items, t, canCorrect: true }));
    for (const text of ["R-2", "不符合", "门前堆物", "已生成问题", "督查员：督查员甲", ">更正<", "R-3", "未检查"]) expect(html).toContain(text);
    // Only the checked criterion can be corrected.
    expect(html.match(/>更正</g)).toHaveLength(1);
  });

  it("offer no 更正 to whoever may not (a closed round, a reader)", () => {
    const html = renderToString(createElement(RoundSiteChecks, { items, t, canCorrect: false }));
    expect(html).toContain("不符合");
    expect(html).not.toContain(">更正<");
  });

  it("a desk check already entered is corrected the same way while the round runs", () => {
    const desk: ChecklistItem = {
      criterion: { id: "c9", code: "C01-01-1", title: "制定年度理论学习计划", points: "2", rubric: { kind: "GRADED" }, standard: null },
      check: { ...check, siteId: null, outcome: { grade: "B" } },
    };
    expect(renderInChinese(createElement(DeskCheckItem, { roundId: "r1", item: desk, isOpen: true }))).toContain(">更正<");
    expect(renderInChinese(createElement(DeskCheckItem, { roundId: "r1", item: desk, isOpen: false }))).not.toContain(">更正<");
  });
});

describe("the office action's answer, read by the correction form", () => {
  it("is the corrected check, the current one on a conflict, or the refusal with its field errors", () => {
    expect(correctionResultOf(t, { ok: true, data: check })).toEqual({ kind: "saved", check });
    expect(
      correctionResultOf(t, { ok: false, code: "VERSION_CONFLICT", formError: "x", details: { current: { ...check, version: 3 }, submitted: { version: 2 } } }),
    ).toMatchObject({
      kind: "conflict",
      current: { version: 3 },
    });
    expect(correctionResultOf(t, { ok: false, code: "VALIDATION_FAILED", fieldErrors: { outcome: ["结果不符"] } })).toMatchObject({
      kind: "rejected",
      fieldErrors: { outcome: ["结果不符"] },
    });
    expect(correctionResultOf(t, { ok: false, code: "ROUND_NOT_IN_PROGRESS", formError: "该轮次已结束，不能再录入或更正检查。" })).toEqual({
      kind: "rejected",
      message: "该轮次已结束，不能再录入或更正检查。",
    });
  });
});
