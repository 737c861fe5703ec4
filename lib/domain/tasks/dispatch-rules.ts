// How a task travels between the office and its departments (交办 → 签收, or back for 调整),
// and what each dispatch state allows. The use cases refuse by these rules and the screens
// show their buttons by them, so the two cannot drift.

export const DISPATCH_STATUSES = ["DRAFT", "DISPATCHED", "ACKNOWLEDGED", "CHANGE_REQUESTED"] as const;
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number];

export type DispatchEvent = "DISPATCH" | "ACKNOWLEDGE" | "REQUEST_CHANGE";

const TRANSITIONS: Record<DispatchEvent, Partial<Record<DispatchStatus, DispatchStatus>>> = {
  DISPATCH: { DRAFT: "DISPATCHED", CHANGE_REQUESTED: "DISPATCHED" },
  ACKNOWLEDGE: { DISPATCHED: "ACKNOWLEDGED" },
  REQUEST_CHANGE: { DISPATCHED: "CHANGE_REQUESTED", ACKNOWLEDGED: "CHANGE_REQUESTED" },
};

/** The dispatch state an event leads to, or null when the event does not apply in that state. */
export function nextDispatchStatus(status: string, event: DispatchEvent): DispatchStatus | null {
  return TRANSITIONS[event][status as DispatchStatus] ?? null;
}

/** The states an event may start from (for the guarded update's where clause). */
export function statusesAllowing(event: DispatchEvent): DispatchStatus[] {
  return Object.keys(TRANSITIONS[event]) as DispatchStatus[];
}

export type DispatchFacts = { dispatchStatus: string; isCompleted: boolean };

/** 交办: drafts and tasks sent back for change, unless the office has signed them off. */
export function canDispatch(task: DispatchFacts): boolean {
  return !task.isCompleted && nextDispatchStatus(task.dispatchStatus, "DISPATCH") !== null;
}

/** 签收: only a task waiting for it. */
export function canAcknowledge(task: Pick<DispatchFacts, "dispatchStatus">): boolean {
  return nextDispatchStatus(task.dispatchStatus, "ACKNOWLEDGE") !== null;
}

/** 申请调整: a task with its departments that is not signed off. */
export function canRequestChange(task: DispatchFacts): boolean {
  return !task.isCompleted && nextDispatchStatus(task.dispatchStatus, "REQUEST_CHANGE") !== null;
}

/** Any state but DRAFT: the task has reached its departments at least once. */
export function isHandedOut(dispatchStatus: string): boolean {
  return dispatchStatus !== "DRAFT";
}

/** Currently with its departments (交办 or 签收), not back with the office. */
export function isWithDepartments(dispatchStatus: string): boolean {
  return dispatchStatus === "DISPATCHED" || dispatchStatus === "ACKNOWLEDGED";
}

/** 催办 and 确认完成 need a task that went out and is not signed off. */
export function canRemind(task: DispatchFacts): boolean {
  return !task.isCompleted && isHandedOut(task.dispatchStatus);
}

export const canSignOff = canRemind;

/** Why a bulk dispatch skips a task (the office sees it beside the task). */
export function dispatchSkipReason(task: DispatchFacts): string | null {
  if (task.isCompleted) return "已确认完成";
  if (canDispatch(task)) return null;
  if (task.dispatchStatus === "DISPATCHED") return "已交办，等待签收";
  if (task.dispatchStatus === "ACKNOWLEDGED") return "已签收";
  return "当前状态不能交办";
}

/** Reopening undoes the office's sign-off; nothing else. */
export function canReopen(task: Pick<DispatchFacts, "isCompleted">): boolean {
  return task.isCompleted;
}
