import { Badge } from "@/components/ui/badge";
import type { TaskStatus } from "@/lib/domain/tasks/task-status";
import type { Translate } from "@/lib/i18n/translate";
import type { TaskRow } from "@/lib/validation/tasks";

const STATUS_TONE = { NOT_STARTED: "neutral", IN_PROGRESS: "blue", COMPLETED: "green", OVERDUE: "red" } as const;
const DISPATCH_TONE = { DRAFT: "neutral", DISPATCHED: "amber", ACKNOWLEDGED: "green", CHANGE_REQUESTED: "red" } as const;

/** The derived status: 未开始 / 进行中 / 已完成 / 逾期. */
export function TaskStatusBadge({ status, t }: { status: TaskStatus; t: Translate }) {
  return <Badge tone={STATUS_TONE[status]}>{t(`tasks.status.${status}`)}</Badge>;
}

/** The dispatch state: 草稿 / 已交办 (not yet signed for) / 已签收 / 申请调整. */
export function DispatchBadge({ dispatchStatus, t }: { dispatchStatus: TaskRow["dispatchStatus"]; t: Translate }) {
  return <Badge tone={DISPATCH_TONE[dispatchStatus]}>{t(`tasks.dispatch.${dispatchStatus}`)}</Badge>;
}
