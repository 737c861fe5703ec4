import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { ChecklistItem, Rubric } from "@/lib/inspect/api-types";
import { EMPTY_OUTCOME_INPUT } from "@/lib/inspect/outcome-input";
import type { QueuedCheck } from "@/lib/inspect/queued-check";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { CheckForm } from "./check-form";
import { CriterionCard } from "./criterion-card";
import { OutcomeControl } from "./outcome-control";
import { SiteRefusal } from "./site-refusal";
import { SyncStatus } from "./sync-status";
import type { QueueView } from "./use-check-queue";

const noop = vi.fn(async () => undefined);

const item = (rubric: Rubric, check: ChecklistItem["check"] = null): ChecklistItem => ({
  criterion: { id: "c1", code: "R-1", title: "市场无乱堆放", points: "4", rubric, standard: "通道畅通，无乱堆乱放" },
  check,
});

const queued = (overrides: Partial<QueuedCheck>): QueuedCheck => ({
  clientKey: "k1",
  userId: "u1",
  roundId: "r1",
  siteId: "s1",
  criterionId: "c1",
  rubricKind: "DEDUCT",
  visitStatus: "INSPECTED",
  outcome: { findings: 1 },
  note: "占道经营",
  photos: [],
  state: "PENDING",
  attempts: 0,
  queuedAt: "2026-12-03T01:00:00.000Z",
  sequence: 1,
  ...overrides,
});

const control = (rubric: Rubric) => renderInChinese(createElement(OutcomeControl, { id: "o", rubric, value: EMPTY_OUTCOME_INPUT, onChange: () => undefined }));

describe("the inspector's controls", () => {
  it("fit the rubric: pass/fail, a count of problems, the rubric's own grades, a measured value with its unit", () => {
    for (const kind of ["PASS_FAIL", "PROPORTION"] as const) expect(control({ kind })).toMatch(/符合[\s\S]*不符合/);
    const deduct = control({ kind: "DEDUCT", perFinding: 0.5 });
    expect(deduct).toContain("发现问题（处）");
    expect(deduct).toContain('inputMode="numeric"');
    expect(control({ kind: "GRADED", grades: { 良: 0.7, 优: 1 } })).toMatch(/优<\/button>[\s\S]*良<\/button>/);
    expect(control({ kind: "THRESHOLD", target: 95, direction: "AT_LEAST", unit: "%" })).toContain("实测值（%）");
  });

  it("offer the visit, quick phrases and the rear camera for up to 20 photos", () => {
    const html = renderInChinese(
      createElement(CheckForm, { roundId: "r1", siteId: "s1", criterion: item({ kind: "PASS_FAIL" }).criterion, onSubmit: noop, onCancel: () => undefined }),
    );
    for (const text of ["已检查", "拒访", "无法调查", "常用语", "占道经营", "拍照（0/20）"]) expect(html).toContain(text);
    expect(html).toMatch(/type="file" accept="image\/\*" capture="environment" multiple=""/);
  });
});

describe("a criterion card", () => {
  it("shows a criterion to check with its rubric in plain Chinese", () => {
    const html = renderInChinese(
      createElement(CriterionCard, {
        roundId: "r1",
        siteId: "s1",
        item: item({ kind: "DEDUCT", perFinding: 0.5, cap: 2 }),
        onEnqueue: noop,
        onRevise: noop,
        onDiscard: noop,
      }),
    );
    expect(html).toContain("每发现1处问题扣0.5分，最多扣2分");
    expect(html).toContain("检查此项");
  });

  it("shows a saved check with its outcome, and a queued one as 待上传", () => {
    const check = {
      id: "ch1",
      clientKey: "k0",
      visitStatus: "INSPECTED" as const,
      outcome: { findings: 2 },
      note: "乱堆放",
      checkedAt: "2026-12-03T01:00:00.000Z",
      photos: [{ id: "e1", url: "/api/v1/evidence/e1", thumbnailUrl: null }],
      inspector: { id: "u1", name: "督查员甲" },
      departments: [{ id: "d1", name: "市住建局", isPrimary: true }],
      finding: { id: "f1", status: "OPEN" },
      version: 1,
    };
    const saved = renderInChinese(
      createElement(CriterionCard, {
        roundId: "r1",
        siteId: "s1",
        item: item({ kind: "DEDUCT", perFinding: 0.5 }, check),
        onEnqueue: noop,
        onRevise: noop,
        onDiscard: noop,
      }),
    );
    for (const text of ["已保存", "发现问题 2 处", "照片 1 张", "已生成问题"]) expect(saved).toContain(text);
    const waiting = renderInChinese(
      createElement(CriterionCard, {
        roundId: "r1",
        siteId: "s1",
        item: item({ kind: "DEDUCT", perFinding: 0.5 }),
        queued: queued({}),
        onEnqueue: noop,
        onRevise: noop,
        onDiscard: noop,
      }),
    );
    expect(waiting).toContain("待上传");
    expect(waiting).toContain("发现问题 1 处");
  });

  it("shows a refused one with the server's message, to correct or discard", () => {
    const html = renderInChinese(
      createElement(CriterionCard, {
        roundId: "r1",
        siteId: "s1",
        item: item({ kind: "DEDUCT", perFinding: 0.5 }),
        queued: queued({ state: "REJECTED", error: { status: 422, message: "检查结果与评分规则不符" } }),
        onEnqueue: noop,
        onRevise: noop,
        onDiscard: noop,
      }),
    );
    for (const text of ["需修改", "检查结果与评分规则不符", "修改", "放弃此记录"]) expect(html).toContain(text);
  });
});

describe("the status line and the whole-site refusal", () => {
  const view = (items: QueuedCheck[]): QueueView => ({
    isReady: true,
    isOnline: false,
    isSignedOut: false,
    isSending: false,
    items,
    savedCount: 0,
    existing: {},
    enqueue: noop,
    revise: noop,
    discard: noop,
    flush: () => undefined,
  });

  it("says honestly what waits on the phone", () => {
    const waiting = renderInChinese(
      createElement(SyncStatus, { queue: view([queued({}), queued({ clientKey: "k2" }), queued({ clientKey: "k3", state: "REJECTED" })]) }),
    );
    for (const text of ["离线", "待上传 2", "需修改 1"]) expect(waiting).toContain(text);
    expect(renderInChinese(createElement(SyncStatus, { queue: view([]) }))).toContain("已保存，没有待上传的记录");
  });

  it("offers to record every unchecked item of a refusing site at once", () => {
    const open = [item({ kind: "PASS_FAIL" }), { ...item({ kind: "DEDUCT", perFinding: 1 }), criterion: { ...item({ kind: "DEDUCT" }).criterion, id: "c2" } }];
    expect(renderInChinese(createElement(SiteRefusal, { roundId: "r1", siteId: "s1", openItems: open, onEnqueue: noop }))).toContain("将未检查的 2 项记为拒访");
    expect(renderInChinese(createElement(SiteRefusal, { roundId: "r1", siteId: "s1", openItems: [], onEnqueue: noop }))).toBe("");
  });
});
