import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { rollUp } from "@/lib/domain/tasks/progress-rollup";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { ProgressByAction } from "./progress-by-action";
import { ProgressByDepartment } from "./progress-by-department";
import { TaskSummary } from "./task-summary";

const t = createTranslator(messagesFor("zh-CN"));
const statuses = (completed: number, others: number) => [...Array(completed).fill("COMPLETED"), ...Array(others).fill("OVERDUE")];

describe("the progress views", () => {
  it("show the overall counts and the rate with its arithmetic", () => {
    const html = renderToString(TaskSummary({ overall: rollUp(statuses(12, 18)), awaitingAcknowledgement: 2, t }));
    expect(html).toContain("12 / 30 = 40.0%");
    expect(html).toContain("40.0%");
    expect(html).toContain("2 项任务已交办、尚未签收");
    expect(html).toContain('href="/tasks?dispatchStatus=DISPATCHED"');
  });

  it("show — when there is no task", () => {
    const html = renderToString(TaskSummary({ overall: rollUp([]), awaitingAcknowledgement: 0, t }));
    expect(html).toContain("—");
    expect(html).not.toContain("尚未签收");
  });

  it("give each action its bar, its arithmetic and its chart", () => {
    const html = renderToString(ProgressByAction({ rows: [{ action: { id: "a1", name: "公益广告提质行动" }, ...rollUp(statuses(3, 3)) }], t }));
    expect(html).toContain("公益广告提质行动");
    expect(html).toContain('href="/tasks?action=a1"');
    expect(html).toContain('aria-valuenow="50"');
    expect(html).toContain("3 / 6 = 50.0%");
    expect(html).toContain('aria-label="公益广告提质行动：各状态任务数"');
  });

  it("say that departments are counted by the tasks they lead", () => {
    const html = renderToString(ProgressByDepartment({ rows: [{ department: { id: "d1", name: "市城管局" }, ...rollUp(statuses(1, 2)) }], t }));
    expect(html).toContain("按牵头任务统计");
    expect(html).toContain("1 / 3 = 33.3%");
  });
});
