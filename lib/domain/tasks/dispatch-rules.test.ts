import { describe, expect, it } from "vitest";
import {
  DISPATCH_STATUSES,
  canAcknowledge,
  canDispatch,
  canRemind,
  canReopen,
  canRequestChange,
  canSignOff,
  dispatchSkipReason,
  isWithDepartments,
  nextDispatchStatus,
  statusesAllowing,
} from "./dispatch-rules";

const open = (dispatchStatus: string) => ({ dispatchStatus, isCompleted: false });
const done = (dispatchStatus: string) => ({ dispatchStatus, isCompleted: true });

describe("dispatch transitions", () => {
  it("dispatches drafts and tasks sent back, is acknowledged when dispatched, asks for change while with the departments", () => {
    expect(DISPATCH_STATUSES.map((status) => nextDispatchStatus(status, "DISPATCH"))).toEqual(["DISPATCHED", null, null, "DISPATCHED"]);
    expect(DISPATCH_STATUSES.map((status) => nextDispatchStatus(status, "ACKNOWLEDGE"))).toEqual([null, "ACKNOWLEDGED", null, null]);
    expect(DISPATCH_STATUSES.map((status) => nextDispatchStatus(status, "REQUEST_CHANGE"))).toEqual([null, "CHANGE_REQUESTED", "CHANGE_REQUESTED", null]);
    expect(nextDispatchStatus("UNKNOWN", "DISPATCH")).toBeNull();
    expect(statusesAllowing("DISPATCH")).toEqual(["DRAFT", "CHANGE_REQUESTED"]);
  });

  it("refuses dispatch and change requests once the office signed the task off", () => {
    expect(canDispatch(open("DRAFT"))).toBe(true);
    expect(canDispatch(done("CHANGE_REQUESTED"))).toBe(false);
    expect(canRequestChange(open("ACKNOWLEDGED"))).toBe(true);
    expect(canRequestChange(done("ACKNOWLEDGED"))).toBe(false);
    expect(canAcknowledge(open("DISPATCHED"))).toBe(true);
    expect(canAcknowledge(open("ACKNOWLEDGED"))).toBe(false);
  });

  it("reminds and signs off tasks that went out and are open; reopens only signed-off ones", () => {
    expect(DISPATCH_STATUSES.map((status) => canRemind(open(status)))).toEqual([false, true, true, true]);
    expect(canSignOff(done("ACKNOWLEDGED"))).toBe(false);
    expect(canReopen({ isCompleted: true })).toBe(true);
    expect(canReopen({ isCompleted: false })).toBe(false);
    expect(DISPATCH_STATUSES.filter(isWithDepartments)).toEqual(["DISPATCHED", "ACKNOWLEDGED"]);
  });

  it("says why a bulk dispatch skips a task", () => {
    expect(dispatchSkipReason(open("DRAFT"))).toBeNull();
    expect(dispatchSkipReason(done("DRAFT"))).toBe("已确认完成");
    expect(dispatchSkipReason(open("DISPATCHED"))).toBe("已交办，等待签收");
    expect(dispatchSkipReason(open("ACKNOWLEDGED"))).toBe("已签收");
  });
});
