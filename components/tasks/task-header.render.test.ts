import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import type { TaskDetail } from "@/lib/server/tasks/get-task-detail";
import { TaskHeader } from "./task-header";

const t = createTranslator(messagesFor("zh-CN"));

const detail: TaskDetail = {
  task: {
    id: "t1",
    cityId: "c",
    title: "月度巡查",
    description: null,
    target: "公益广告新增 120 处",
    action: { id: "a", name: "公益广告提质行动" },
    leadDepartment: { id: "d1", name: "市城管局" },
    coDepartments: [{ id: "d2", name: "市住建局" }],
    responsiblePerson: "张三",
    deadline: null,
    recurrence: "MONTHLY",
    dispatchStatus: "ACKNOWLEDGED",
    status: "OVERDUE",
    criteria: ["C01-01-1"],
    version: 3,
  },
  criteria: [{ id: "k1", code: "C01-01-1", name: "无乱扔乱贴", points: "4" }],
  occurrences: [
    { id: "o1", periodStart: "2026-01-01", periodEnd: "2026-01-31", dueDate: "2026-01-31", state: "COMPLETED" },
    { id: "o2", periodStart: "2026-02-01", periodEnd: "2026-02-28", dueDate: "2026-02-28", state: "MISSED" },
  ],
  dispatch: { dispatchedAt: "2026-01-02 09:00", acknowledgedAt: "2026-01-03 10:00", changeReason: null, changeRequestedAt: null, completedAt: null },
  history: [],
};

describe("the task header", () => {
  it("shows departments, person, target, recurrence with each occurrence's state, criteria with points, and the status", () => {
    const html = renderToString(TaskHeader({ detail, t }));
    for (const text of [
      "公益广告提质行动",
      "市城管局",
      "市住建局",
      "张三",
      "公益广告新增 120 处",
      "每月",
      "C01-01-1",
      "无乱扔乱贴",
      "4 分",
      "逾期",
      "已签收",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain("2026-02-01 至 2026-02-28（截止 2026-02-28）");
    expect(html).toContain("逾期未报");
    expect(html).toContain("已确认完成");
  });
});
