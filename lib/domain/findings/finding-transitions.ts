// The rectification loop (整改闭环) as one transition table, read by the use cases and the
// screens alike: a state a button offers is a state the server accepts. Pure, no I/O.

export const FINDING_STATUSES = ["OPEN", "DISPATCHED", "SUBMITTED", "RETURNED", "VERIFIED", "WITHDRAWN"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_EVENTS = ["DISPATCH", "SUBMIT", "ACCEPT", "RETURN", "REOPEN", "WITHDRAW"] as const;
export type FindingEvent = (typeof FINDING_EVENTS)[number];

const TRANSITIONS: Record<FindingStatus, Partial<Record<FindingEvent, FindingStatus>>> = {
  OPEN: { DISPATCH: "DISPATCHED", WITHDRAW: "WITHDRAWN" },
  DISPATCHED: { SUBMIT: "SUBMITTED", WITHDRAW: "WITHDRAWN" },
  SUBMITTED: { ACCEPT: "VERIFIED", RETURN: "RETURNED", WITHDRAW: "WITHDRAWN" },
  RETURNED: { SUBMIT: "SUBMITTED", WITHDRAW: "WITHDRAWN" },
  // Reopened (by the office or a re-check) it goes back to the department, already dispatched once.
  VERIFIED: { REOPEN: "DISPATCHED" },
  WITHDRAWN: {},
};

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextStatus(status: FindingStatus, event: FindingEvent): FindingStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

export function canApply(status: FindingStatus, event: FindingEvent): boolean {
  return nextStatus(status, event) !== null;
}

/** Sending a finding to another of its check's departments is allowed before anyone has replied. */
export function canRedirect(status: FindingStatus): boolean {
  return status === "OPEN" || status === "DISPATCHED";
}

/** Still the department's to fix: counted on the 交办单 and in "问题整改". */
export function isUnresolved(status: FindingStatus): boolean {
  return status !== "VERIFIED" && status !== "WITHDRAWN";
}

/** The statuses still the department's to fix (not verified, not withdrawn). */
export const UNRESOLVED_STATUSES = FINDING_STATUSES.filter(isUnresolved);

export type OverdueFacts = { dueDate: string; status: FindingStatus; verifiedOn: string | null };

/** Past due (due strictly before today, YYYY-MM-DD in Asia/Shanghai) and not verified, not withdrawn. */
export function isOverdue(finding: OverdueFacts, today: string): boolean {
  if (finding.verifiedOn !== null || !isUnresolved(finding.status)) return false;
  return finding.dueDate < today;
}

const STATUS_LABEL: Record<FindingStatus, string> = {
  OPEN: "待交办",
  DISPATCHED: "整改中",
  SUBMITTED: "待审核",
  RETURNED: "已退回",
  VERIFIED: "已销号",
  WITHDRAWN: "已撤销",
};

const EVENT_LABEL: Record<FindingEvent, string> = {
  DISPATCH: "交办",
  SUBMIT: "提交整改",
  ACCEPT: "审核通过",
  RETURN: "退回",
  REOPEN: "重新打开",
  WITHDRAW: "撤销",
};

/** The Chinese message of a 409 for an event the status does not allow. */
export function refusalMessage(status: FindingStatus, event: FindingEvent): string {
  return `问题当前为「${STATUS_LABEL[status]}」，不能${EVENT_LABEL[event]}。`;
}
