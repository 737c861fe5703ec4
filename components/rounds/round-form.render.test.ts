import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { RoundFormOptions } from "@/lib/validation/round-form";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { RoundForm } from "./round-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined }) }));
vi.mock("@/lib/actions/rounds", () => ({ createRoundAction: vi.fn(), previewRoundDrawAction: vi.fn() }));

const options: RoundFormOptions = {
  sites: [{ id: "s1", code: "D-0001", name: "胜利农贸市场", street: "胜利街道", siteType: "集贸市场" }],
  siteTypes: ["集贸市场", "背街小巷"],
  streets: ["胜利街道", "新华街道"],
  inspectors: [{ id: "u1", name: "督查员甲" }],
  deskCriteria: [{ code: "C01-01-1", title: "制定年度理论学习计划", method: "MATERIAL" }],
};

describe("the 新建督查 form", () => {
  it("asks for name, kind and this week's period, and draws by default with a count per type and the streets", () => {
    const html = renderInChinese(createElement(RoundForm, { options, defaults: { periodStart: "2026-11-30", periodEnd: "2026-12-06" } }));
    expect(html).toContain(">轮次名称<");
    expect(html).toContain('value="2026-11-30"');
    expect(html).toContain('value="2026-12-06"');
    expect(html).toMatch(/<option value="RECHECK"[^>]*>回头看<\/option>/);
    expect(html).toMatch(/name="siteChoice" checked="" value="draw"/);
    expect(html).toContain(">抽样种子<");
    expect(html).toContain('aria-label="集贸市场抽取个数"');
    expect(html).toContain('aria-label="背街小巷抽取个数"');
    expect(html).toContain('name="streets" value="新华街道"');
    expect(html).toContain(">预览抽样结果<");
    expect(html).toContain('name="inspectorIds" value="u1"');
    expect(html).toContain('name="criterionCodes" value="C01-01-1"');
    expect(html).toContain(">创建督查轮次<");
  });
});
