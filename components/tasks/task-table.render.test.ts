import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import type { TaskRow } from "@/lib/validation/tasks";
import { TaskTable } from "./task-table";

vi.mock("@/lib/actions/tasks", () => ({ dispatchTasksAction: vi.fn(), remindTasksAction: vi.fn() }));

const render = renderInChinese;

const row = (overrides: Partial<TaskRow>): TaskRow => ({
  id: "t1",
  cityId: "c",
  title: "主干道公益广告",
  description: null,
  target: null,
  action: { id: "a", name: "公益广告提质行动" },
  leadDepartment: { id: "d1", name: "市城管局" },
  coDepartments: [{ id: "d2", name: "市住建局" }],
  responsiblePerson: null,
  deadline: "2026-06-30",
  recurrence: "NONE",
  dispatchStatus: "DISPATCHED",
  status: "NOT_STARTED",
  criteria: ["C01-01-1"],
  version: 1,
  ...overrides,
});
const items = [row({}), row({ id: "t2", title: "月度巡查", deadline: null, recurrence: "MONTHLY", status: "OVERDUE", dispatchStatus: "ACKNOWLEDGED" })];

describe("the task table", () => {
  it("gives the office a labelled checkbox per row, select-all and the bulk bar", () => {
    const html = render(createElement(TaskTable, { items, query: {}, canBulk: true }));
    expect(html).toContain('aria-label="选择 主干道公益广告"');
    expect(html).toContain('aria-label="选择 月度巡查"');
    expect(html).toContain('aria-label="全选本页任务"');
    expect(html).toMatch(/>交办<\/button>/);
    expect(html).toMatch(/>催办<\/button>/);
    expect(html).toContain("已选 0 项");
  });

  it("shows no selection to the other roles", () => {
    const html = render(createElement(TaskTable, { items, query: {}, canBulk: false }));
    expect(html).not.toContain('type="checkbox"');
    expect(html).not.toMatch(/>交办<\/button>/);
  });

  it("links each title to its task and shows the derived status, the dispatch state and the recurrence", () => {
    const html = render(createElement(TaskTable, { items, query: {}, canBulk: false }));
    expect(html).toContain('href="/tasks/t1"');
    expect(html).toContain(">未开始<");
    expect(html).toContain(">逾期<");
    expect(html).toContain(">已交办<");
    expect(html).toContain(">已签收<");
    expect(html).toContain(">每月<");
    expect(html).toContain("市住建局");
  });

  it("sorts by a column with a link that keeps the filters and toggles the order", () => {
    const first = render(createElement(TaskTable, { items, query: { action: "a" }, canBulk: false }));
    expect(first).toContain('href="/tasks?action=a&amp;sort=title&amp;order=asc"');
    const sorted = render(createElement(TaskTable, { items, query: { sort: "title", order: "asc" }, canBulk: false }));
    expect(sorted).toContain('href="/tasks?sort=title&amp;order=desc"');
    expect(sorted).toContain('aria-sort="ascending"');
  });
});
