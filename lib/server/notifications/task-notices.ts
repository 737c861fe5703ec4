import type { Tx } from "@/lib/server/tx";
import { notifyDepartments, type NotificationDraft } from "./notify";

// The notifications about a task, sent to the liaisons of its lead and co-departments. The
// texts are stored with the notification (they record what was said at the time), so they are
// written here in Chinese rather than looked up in the UI catalog.

export type NoticeTask = {
  id: string;
  cityId: string;
  title: string;
  leadDepartmentId: string;
  coDepartments: { department: { id: string } }[] | { departmentId: string }[];
};

function departmentIdsOf(task: NoticeTask): string[] {
  const co = task.coDepartments.map((link) => ("departmentId" in link ? link.departmentId : link.department.id));
  return [task.leadDepartmentId, ...co];
}

const linkOf = (task: NoticeTask) => `/tasks/${task.id}`;

export function dispatchedNotice(task: NoticeTask, deadline: string | null, dispatchedAt: Date): NotificationDraft {
  return {
    kind: "TASK_DISPATCHED",
    cityId: task.cityId,
    title: `新交办任务：${task.title}`,
    body: deadline
      ? `市文明办向贵单位交办了任务「${task.title}」，完成时限 ${deadline}，请及时签收。`
      : `市文明办向贵单位交办了任务「${task.title}」，请及时签收。`,
    link: linkOf(task),
    dedupeKey: `TASK_DISPATCHED:${task.id}:${dispatchedAt.getTime()}`,
  };
}

export function reminderNotice(task: NoticeTask, today: string): NotificationDraft {
  return {
    kind: "TASK_REMINDER",
    cityId: task.cityId,
    title: `催办：${task.title}`,
    body: `市文明办提醒贵单位加快推进任务「${task.title}」，并及时更新工作台账。`,
    link: linkOf(task),
    dedupeKey: `TASK_REMINDER:${task.id}:${today}`,
  };
}

export function dueSoonNotice(task: NoticeTask, dueDate: string, dedupeKey: string): NotificationDraft {
  return {
    kind: "TASK_DUE_SOON",
    cityId: task.cityId,
    title: `即将到期：${task.title}`,
    body: `任务「${task.title}」将于 ${dueDate} 到期，请按时完成并更新工作台账。`,
    link: linkOf(task),
    dedupeKey,
  };
}

export function overdueNotice(task: NoticeTask, dueDate: string, dedupeKey: string): NotificationDraft {
  return {
    kind: "TASK_OVERDUE",
    cityId: task.cityId,
    title: `已逾期：${task.title}`,
    body: `任务「${task.title}」已超过完成时限（${dueDate}），请尽快完成并报送工作台账。`,
    link: linkOf(task),
    dedupeKey,
  };
}

export function changeRequestedNotice(task: NoticeTask, reason: string, requestedAt: Date): NotificationDraft {
  return {
    kind: "TASK_CHANGE_REQUESTED",
    cityId: task.cityId,
    title: `申请调整：${task.title}`,
    body: `牵头单位申请调整任务「${task.title}」，理由：${reason}`,
    link: linkOf(task),
    dedupeKey: `TASK_CHANGE_REQUESTED:${task.id}:${requestedAt.getTime()}`,
  };
}

/** Sends a task notice to the liaisons of its lead and co-departments. */
export function notifyTaskDepartments(tx: Tx, task: NoticeTask, draft: NotificationDraft): Promise<number> {
  return notifyDepartments(tx, departmentIdsOf(task), draft);
}
