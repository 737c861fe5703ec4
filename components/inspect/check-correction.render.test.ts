import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { ChecklistItem, SavedCheckJson } from "@/lib/inspect/api-types";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { CheckCorrectionForm } from "./check-correction-form";
import { CorrectionConflict } from "./correction-conflict";
import { CriterionCard } from "./criterion-card";

const noop = vi.fn(async () => undefined);

const saved: SavedCheckJson = {
  id: "ch1",
  clientKey: "k0",
  visitStatus: "INSPECTED",
  outcome: { findings: 2 },
  note: "乱堆放",
  checkedAt: "2026-12-03T01:00:00.000Z",
  photos: [],
  inspector: { id: "u1", name: "督查员甲" },
  departments: [
    { id: "d1", name: "市住建局", isPrimary: true },
    { id: "d2", name: "市城管局", isPrimary: false },
  ],
  finding: { id: "f1", status: "OPEN" },
  version: 4,
};
const item: ChecklistItem = {
  criterion: { id: "c1", code: "R-1", title: "市场无乱堆放", points: "4", rubric: { kind: "DEDUCT", perFinding: 0.5 }, standard: null },
  check: saved,
};
const card = (overrides: Partial<Parameters<typeof CriterionCard>[0]>) =>
  renderInChinese(createElement(CriterionCard, { roundId: "r1", siteId: "s1", item, onEnqueue: noop, onRevise: noop, onDiscard: noop, ...overrides }));

describe("correcting a saved check on the phone", () => {
  it("offers 更正 beside the saved outcome while online", () => {
    const html = card({ isOnline: true });
    for (const text of ["已保存", "发现问题 2 处", "乱堆放", "已生成问题", "更正"]) expect(html).toContain(text);
    expect(html).not.toContain("更正需要联网");
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*>更正<\/button>/);
  });

  it("explains offline that a correction needs a connection, and does not let it be started", () => {
    const html = card({ isOnline: false });
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>更正<\/button>/);
    expect(html).toContain("更正需要联网：当前离线，请在有网络时再更正");
  });

  it("says when the check's finding was withdrawn", () => {
    expect(card({ item: { ...item, check: { ...saved, outcome: { findings: 0 }, finding: { id: "f1", status: "WITHDRAWN" } } } })).toContain("问题已撤销");
  });

  it("opens prefilled with the saved visit, outcome, note and the departments it counts for", () => {
    const html = renderInChinese(
      createElement(CheckCorrectionForm, {
        id: "x",
        rubric: item.criterion.rubric,
        check: saved,
        allowVisit: true,
        send: vi.fn(),
        onSaved: vi.fn(),
        onCancel: vi.fn(),
      }),
    );
    expect(html).toContain("更正检查结果");
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="INSPECTED"/);
    expect(html).toMatch(/id="x-outcome"[^>]*value="2"/);
    expect(html).toMatch(/<textarea[^>]*id="x-note"[^>]*>乱堆放<\/textarea>/);
    expect(html).toContain("计分部门：市住建局（主责）、市城管局");
    expect(html).toContain("提交更正");
  });

  it("a desk check's form has no visit choice: it is always inspected", () => {
    const html = renderInChinese(
      createElement(CheckCorrectionForm, {
        id: "d",
        rubric: { kind: "GRADED" },
        check: { ...saved, outcome: { grade: "B" } },
        allowVisit: false,
        send: vi.fn(),
        onSaved: vi.fn(),
        onCancel: vi.fn(),
      }),
    );
    expect(html).not.toContain("走访情况");
    expect(html).toMatch(/aria-pressed="true"[^>]*>B<\/button>/);
  });

  it("shows, on a version conflict, what is saved now", () => {
    const html = renderInChinese(
      createElement(CorrectionConflict, { rubric: item.criterion.rubric, current: { ...saved, outcome: { findings: 5 }, note: "他人更正" } }),
    );
    expect(html).toContain("该检查已被他人更正，您的更正尚未保存");
    expect(html.replace(/<!-- -->/g, "")).toContain("当前保存的结果：发现问题 5 处 · 他人更正");
    expect(html).toContain('role="alert"');
  });
});
