import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { MyTaskList } from "./my-task-list";
import { ReturnedEntries } from "./returned-entries";

const t = createTranslator(messagesFor("zh-CN"));

describe("the liaison home blocks", () => {
  it("list tasks as links with their status, dispatch state and due date", () => {
    const html = renderToString(
      MyTaskList({
        id: "due",
        title: "本周到期",
        empty: "无",
        showDispatchedAt: true,
        t,
        tasks: [
          { id: "t1", title: "主干道公益广告", status: "IN_PROGRESS", dispatchStatus: "DISPATCHED", dueDate: "2026-12-06", dispatchedAt: "2026-11-30 09:00" },
        ],
      }),
    );
    expect(html).toContain('href="/tasks/t1"');
    expect(html).toContain("进行中");
    expect(html).toContain("已交办");
    expect(html).toContain("完成时限 2026-12-06");
    expect(html).toContain("交办于 2026-11-30 09:00");
  });

  it("say when a block is empty", () => {
    expect(renderToString(MyTaskList({ id: "x", title: "已逾期", empty: "没有逾期任务", tasks: [], t }))).toContain("没有逾期任务");
    expect(renderToString(ReturnedEntries({ entries: [], t }))).toContain("没有待答复的退回台账");
  });

  it("show a returned entry with the office's comment and a way to answer it on its task", () => {
    const html = renderToString(
      ReturnedEntries({
        entries: [
          {
            id: "e1",
            taskId: "t1",
            taskTitle: "主干道公益广告",
            effectiveDate: "2026-03-02",
            text: "更新 20 处",
            reviewComment: "照片不清晰",
            returnedAt: "2026-03-03 10:00",
          },
        ],
        t,
      }),
    );
    expect(html).toContain("退回意见：照片不清晰");
    expect(html).toContain('href="/tasks/t1#entry-e1"');
    expect(html).toContain("去答复");
  });
});
