import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInChinese } from "@/tests/support/render-in-chinese";
import { DispatchControls } from "./dispatch-controls";
import { TaskForm } from "./task-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined, push: () => undefined }) }));
vi.mock("@/lib/actions/tasks", () => ({}));

const render = renderInChinese;
const labels = (html: string) => [...html.matchAll(/<label[^>]*for="[^"]+"[^>]*>([^<]+)<\/label>/g)].map((match) => match[1]);
const legends = (html: string) => [...html.matchAll(/<legend[^>]*>([^<]+)<\/legend>/g)].map((match) => match[1]);
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((match) => match[1]);

const options = {
  actions: [{ id: "a1", name: "市容环境整治行动", planTitle: "2026年实施方案" }],
  departments: [
    { id: "d1", name: "市城管局" },
    { id: "d2", name: "市住建局" },
  ],
  criteria: [{ id: "c1", code: "3.1.1", name: "主次干道净化" }],
};

describe("the task form", () => {
  it("labels every field and offers the recurrences and the city's criteria with code and name", () => {
    const html = render(createElement(TaskForm, { options }));
    expect(labels(html)).toEqual(["所属行动", "任务名称", "任务内容", "工作目标", "目标数值", "目标单位", "牵头单位", "责任人", "完成时限", "周期"]);
    expect(legends(html)).toEqual(["配合单位", "对应测评标准"]);
    for (const text of ["不重复", "每周", "每月", "每季度", "3.1.1", "主次干道净化", "市容环境整治行动（2026年实施方案）", ">创建任务</button>"])
      expect(html).toContain(text);
  });
});

describe("the dispatch controls", () => {
  const base = { taskId: "t1", version: 3, isCompleted: false, isOffice: false, isLeadLiaison: false };
  it("give the office 交办 on a draft, and 催办 and 确认完成 once dispatched", () => {
    expect(buttons(render(createElement(DispatchControls, { ...base, isOffice: true, dispatchStatus: "DRAFT" })))).toEqual(["交办"]);
    expect(buttons(render(createElement(DispatchControls, { ...base, isOffice: true, dispatchStatus: "ACKNOWLEDGED" })))).toEqual(["催办", "确认完成"]);
    expect(buttons(render(createElement(DispatchControls, { ...base, isOffice: true, dispatchStatus: "CHANGE_REQUESTED" })))).toEqual([
      "交办",
      "催办",
      "确认完成",
    ]);
    expect(buttons(render(createElement(DispatchControls, { ...base, isOffice: true, isCompleted: true, dispatchStatus: "ACKNOWLEDGED" })))).toEqual([
      "撤销完成",
    ]);
  });

  it("give the lead liaison 签收 and 申请调整 when dispatched, only 申请调整 once acknowledged, nothing to others", () => {
    expect(buttons(render(createElement(DispatchControls, { ...base, isLeadLiaison: true, dispatchStatus: "DISPATCHED" })))).toEqual(["签收", "申请调整"]);
    expect(buttons(render(createElement(DispatchControls, { ...base, isLeadLiaison: true, dispatchStatus: "ACKNOWLEDGED" })))).toEqual(["申请调整"]);
    expect(buttons(render(createElement(DispatchControls, { ...base, dispatchStatus: "DISPATCHED" })))).toEqual([]);
  });
});
