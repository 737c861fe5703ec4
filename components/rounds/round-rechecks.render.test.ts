import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { RoundDetail } from "@/lib/validation/rounds";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { RoundRechecks } from "./round-rechecks";

vi.mock("@/lib/actions/rechecks", () => ({ recordRecheckAction: vi.fn() }));

const t = createTranslator(messagesFor("zh-CN"));
type Recheck = NonNullable<RoundDetail["rechecks"]>[number];

const item = (id: string, result: Recheck["result"], note: string | null): Recheck => ({
  finding: {
    id,
    status: result === "NOT_FIXED" ? "DISPATCHED" : "VERIFIED",
    criterion: { id: "c", code: "C06-01-1", title: "无暴露垃圾" },
    site: { id: "s", name: "胜利中路北二巷" },
    round: { id: "r0", name: "周督查" },
    department: { id: "d", name: "市城管局" },
    description: `路面有暴露垃圾 ${id}`,
    dueDate: "2026-11-01",
    overdue: false,
    falseRectification: result === "NOT_FIXED",
    verifiedOn: result === "NOT_FIXED" ? null : "2026-10-30",
    version: 3,
  },
  result,
  note,
});

const render = (items: Recheck[], recordIn?: { roundId: string }) => renderInChinese(createElement(RoundRechecks, { items, t, recordIn }));

describe("recording a 回头看 item's result", () => {
  it("offers 已整改到位 and 未整改到位 with a 说明 field for an item without a result", () => {
    const html = render([item("f1", null, null)], { roundId: "r1" });
    expect(html).toContain(">已整改到位<");
    expect(html).toContain(">未整改到位<");
    expect(html).toContain(">说明<");
    expect(html).toContain('id="recheck-f1-note"');
    expect(html).toContain("选择“未整改到位”时必填");
  });

  it("shows the recorded result and note instead of the buttons", () => {
    const html = render([item("f2", "NOT_FIXED", "垃圾仍未清理")], { roundId: "r1" });
    expect(html).toContain(">未整改到位<");
    expect(html).toContain(">虚假整改<");
    expect(html).toContain("垃圾仍未清理");
    expect(html).not.toContain(">已整改到位<");
    expect(html).not.toContain('id="recheck-f2-note"');
  });

  it("offers nothing to whoever may not record, or once the round is not running", () => {
    const html = render([item("f3", null, null)]);
    expect(html).toContain(">待复查<");
    expect(html).not.toContain(">已整改到位<");
    expect(html).not.toContain(">说明<");
  });
});
