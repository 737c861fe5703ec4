import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { AppealItem } from "@/lib/validation/appeals";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { AppealWindowCard } from "./appeal-window-card";
import { RoundAppeals } from "./round-appeals";

vi.mock("@/lib/actions/appeals", () => ({ fileAppealAction: vi.fn(), answerAppealAction: vi.fn() }));

const t = createTranslator(messagesFor("zh-CN"));

const appeal = (overrides: Partial<AppealItem> = {}): AppealItem => ({
  id: "a1",
  status: "OPEN",
  round: { id: "r1", name: "第12周督查" },
  department: { id: "d1", name: "市城管局" },
  reason: "人民路点位已于检查前整改",
  answer: null,
  answeredAt: null,
  createdAt: "2026-12-01T02:00:00.000Z",
  version: 1,
  ...overrides,
});

const draft = {
  round: { id: "r1", name: "第12周督查", periodStart: "2026-11-23", periodEnd: "2026-11-29" },
  windowClosesOn: "2026-12-04",
  department: {
    name: "市城管局",
    inspectionScore: "83.3333",
    rectificationRate: "100.0000",
    ledgerCompleteness: null,
    composite: "87.0370",
    rank: 2,
    overdueOpen: 0,
  },
  rankedCount: 12,
};

describe("the liaison's 申诉期 card", () => {
  it("shows the draft figures at 2 decimals, the rank, the deadline, its appeals and a labelled reason field", () => {
    const html = renderInChinese(createElement(AppealWindowCard, { rounds: [{ draft, appeals: [appeal()], isWindowOpen: true }], t }));
    expect(html).toContain("申诉期");
    expect(html).toContain("83.33");
    expect(html).toContain("87.04");
    expect(html).toContain("第 2 名 / 共 12 个");
    expect(html).toContain("申诉截止 2026-12-04");
    expect(html).toContain("待答复");
    expect(html).toContain("人民路点位已于检查前整改");
    expect(html).toMatch(/<label[^>]*for="appeal-r1"[^>]*>申诉理由/);
    expect(html).toMatch(/>提交申诉<\/button>/);
  });

  it("has no form once the window has closed, and renders nothing without rounds", () => {
    const html = renderInChinese(createElement(AppealWindowCard, { rounds: [{ draft, appeals: [appeal()], isWindowOpen: false }], t }));
    expect(html).not.toContain("提交申诉");
    expect(renderInChinese(createElement(AppealWindowCard, { rounds: [], t }))).toBe("");
  });
});

describe("the round page's appeals", () => {
  it("gives the office an answer form under each appeal and counts the open ones", () => {
    const html = renderInChinese(
      createElement(RoundAppeals, { appeals: [appeal(), appeal({ id: "a2", status: "ANSWERED", answer: "维持原结果", version: 2 })], canAnswer: true, t }),
    );
    expect(html).toContain("1 条申诉待答复");
    expect(html).toContain("答复：维持原结果");
    expect(html).toMatch(/>提交答复<\/button>/);
    expect(html).toMatch(/>修改答复<\/button>/);
  });

  it("shows appeals without forms to a reader who cannot answer", () => {
    const html = renderInChinese(createElement(RoundAppeals, { appeals: [appeal()], canAnswer: false, t }));
    expect(html).not.toContain("提交答复");
    expect(html).toContain("市城管局");
  });
});
