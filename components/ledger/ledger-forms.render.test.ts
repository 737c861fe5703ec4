import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { LedgerEntryForm } from "./ledger-entry-form";
import { QuickEntryForm } from "./quick-entry-form";
import { UploadLimitProvider } from "./upload-limit";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const render = renderInChinese;

/** The text of the <label for=…> of every control, as a screen reader names it. */
function labels(html: string): string[] {
  return [...html.matchAll(/<label[^>]*for="[^"]+"[^>]*>([^<]+)<\/label>/g)].map((match) => match[1]);
}

describe("the ledger entry forms", () => {
  it("label their fields 工作日期, 填报单位 (office), 工作内容, 佐证材料 and group 量化指标; submit 提交台账", () => {
    const html = render(
      createElement(LedgerEntryForm, {
        taskId: "t1",
        today: "2026-03-05",
        departments: [
          { id: "d1", name: "市城管局", isLead: true },
          { id: "d2", name: "市住建局", isLead: false },
        ],
      }),
    );
    expect(labels(html)).toEqual(["工作日期", "填报单位", "工作内容", "佐证材料"]);
    expect(html).toContain("<legend");
    expect(html).toMatch(/<legend[^>]*>量化指标<\/legend>/);
    expect(html).toMatch(/type="date"[^>]*value="2026-03-05"|value="2026-03-05"[^>]*type="date"/);
    expect(html).toMatch(/max="2026-03-05"/);
    expect(html).toMatch(/type="file"[^>]*multiple/);
    expect(html).toContain("市城管局（牵头）");
    expect(html).toContain(">提交台账</button>");
  });

  it("leaves out 填报单位 for a liaison", () => {
    expect(labels(render(createElement(LedgerEntryForm, { taskId: "t1", today: "2026-03-05" })))).toEqual(["工作日期", "工作内容", "佐证材料"]);
  });

  it("starts the quick form with 任务", () => {
    const html = render(createElement(QuickEntryForm, { tasks: [{ id: "t1", title: "主干道公益广告", deadline: "2026-06-30" }] }));
    expect(labels(html)).toEqual(["任务", "工作日期", "工作内容", "佐证材料"]);
    expect(html).toContain("主干道公益广告（截止 2026-06-30）");
  });

  it("tells the server's per-file limit under 佐证材料 when the console provides it", () => {
    const form = createElement(LedgerEntryForm, { taskId: "t1", today: "2026-03-05" });
    expect(render(createElement(UploadLimitProvider, { maxFileBytes: 30 * 1024 * 1024 }, form))).toContain("单个文件不超过 30 MB。");
    expect(render(form)).not.toContain("单个文件不超过");
  });
});
