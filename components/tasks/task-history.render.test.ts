import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { describeAction, TaskHistory } from "./task-history";

const t = createTranslator(messagesFor("zh-CN"));

describe("the task history", () => {
  it("describes actions in Chinese, a review by its outcome, and an unknown action by its name", () => {
    expect(describeAction({ action: "task.create", reviewStatus: null }, t)).toBe("新建任务");
    expect(describeAction({ action: "task.dispatch", reviewStatus: null }, t)).toBe("交办");
    expect(describeAction({ action: "task.acknowledge", reviewStatus: null }, t)).toBe("签收");
    expect(describeAction({ action: "task.request-change", reviewStatus: null }, t)).toBe("申请调整");
    expect(describeAction({ action: "task.sign-off", reviewStatus: null }, t)).toBe("确认完成");
    expect(describeAction({ action: "ledger-entry.create", reviewStatus: null }, t)).toBe("新增台账");
    expect(describeAction({ action: "ledger-entry.answer", reviewStatus: "PENDING" }, t)).toBe("答复");
    expect(describeAction({ action: "ledger-entry.review", reviewStatus: "RETURNED" }, t)).toBe("退回台账");
    expect(describeAction({ action: "ledger-entry.review", reviewStatus: null }, t)).toBe("审核");
    expect(describeAction({ action: "task.teleport", reviewStatus: null }, t)).toBe("task.teleport");
  });

  it("lists who did what and when", () => {
    const html = renderToString(
      TaskHistory({
        entries: [
          {
            id: "a1",
            at: "2026-03-03T01:00:00.000Z",
            atText: "2026-03-03 09:00",
            actorLabel: "王五",
            action: "task.dispatch",
            entityType: "Task",
            entityId: "t",
            reviewStatus: null,
          },
        ],
        t,
      }),
    );
    expect(html).toContain("2026-03-03 09:00");
    expect(html).toContain("王五");
    expect(html).toContain("交办");
  });
});
