import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { ActionTable } from "@/components/plans/action-table";
import { TaskImportPanel } from "./task-import-panel";
import { TaskImportPreview } from "./task-import-preview";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("@/lib/actions/plans", () => ({
  movePlanActionAction: vi.fn(),
  deletePlanActionAction: vi.fn(),
  createPlanActionAction: vi.fn(),
  updatePlanActionAction: vi.fn(),
}));

const render = renderInChinese;

describe("the task-import and plan screens", () => {
  it("label the file 任务清单文件 and offer 预览", () => {
    const html = render(createElement(TaskImportPanel, {}));
    expect(html).toMatch(/<label[^>]*for="task-list-file"[^>]*>任务清单文件<\/label>/);
    expect(html).toContain(">预览</button>");
  });

  it("preview the counts, new actions and rows", () => {
    const html = render(
      createElement(TaskImportPreview, {
        preview: {
          annualPlan: { id: "p", year: 2026, title: "实施方案" },
          counts: { tasks: 2, newActions: 1, departments: 3 },
          actions: [
            { name: "甲行动", isNew: false, tasks: 1 },
            { name: "新行动", isNew: true, tasks: 1 },
          ],
          newActionNames: ["新行动"],
          rows: [
            {
              row: 2,
              action: "甲行动",
              isNewAction: false,
              title: "任务一",
              leadDepartment: "市城管局",
              coDepartments: ["市住建局"],
              responsiblePerson: null,
              deadline: null,
              recurrence: "MONTHLY",
              criteria: ["C01"],
            },
          ],
        },
      }),
    );
    expect(html).toContain("共 2 项任务，新建行动 1 个，涉及 3 个单位。");
    expect(html).toContain("将新建：新行动");
    expect(html).toContain(">每月<");
  });

  it("list actions with task links and move buttons for the office", () => {
    const html = render(
      createElement(ActionTable, {
        annualPlanId: "p",
        canManage: true,
        actions: [
          { id: "a1", annualPlanId: "p", name: "甲行动", description: null, sortOrder: 0, version: 1, taskCount: 3 },
          { id: "a2", annualPlanId: "p", name: "乙行动", description: "说明", sortOrder: 1, version: 1, taskCount: 0 },
        ],
      }),
    );
    expect(html).toContain('href="/tasks?action=a1"');
    expect(html).toContain("3 项任务");
    expect(html).toMatch(/aria-label="上移“甲行动”"[^>]*disabled|disabled[^>]*aria-label="上移“甲行动”"/);
    expect(html).toContain(">添加行动</button>");
    // Only an action without tasks can be deleted; the other says why not.
    const deleteButton = (name: string) => html.match(new RegExp(`<button[^>]*aria-label="删除“${name}”"[^>]*>`))?.[0] ?? "";
    expect(deleteButton("甲行动")).toContain('disabled=""');
    expect(deleteButton("甲行动")).toContain('title="该行动下还有任务，不能删除"');
    expect(deleteButton("乙行动")).not.toBe("");
    expect(deleteButton("乙行动")).not.toContain('disabled=""');
  });
});
