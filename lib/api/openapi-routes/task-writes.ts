import { z } from "@/lib/validation/zod";
import { listNotificationsQuery, markNotificationsReadInput, notificationRowSchema, unreadCountSchema } from "@/lib/validation/notifications";
import {
  countResultSchema,
  createTaskInput,
  dispatchResultSchema,
  taskChangeRequestInput,
  taskChangeRowSchema,
  taskIdsInput,
  updateTaskInput,
} from "@/lib/validation/task-changes";
import type { ApiRouteDoc } from "./types";

// Task writes (新建、修改、交办、签收、申请调整、确认完成、催办), notifications and the 提醒函.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const versionBody = z.object({ version: z.number().int().min(1) });
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const taskWriteRoutes: ApiRouteDoc[] = [
  {
    method: "post",
    path: "/api/v1/tasks",
    summary: "新建任务 (office; a draft until dispatched; a one-off task needs a deadline)",
    tags: ["tasks"],
    body: createTaskInput,
    response: taskChangeRowSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/tasks/{id}",
    summary: "修改任务 (office; names the version read; omitted fields keep their values; 409 with both versions when stale)",
    tags: ["tasks"],
    body: updateTaskInput.omit({ id: true }),
    response: taskChangeRowSchema,
  },
  {
    method: "delete",
    path: "/api/v1/tasks/{id}",
    summary: "删除任务 (office; soft delete; ?version=)",
    tags: ["tasks"],
    query: versionBody,
    response: z.object({ id: z.string(), deleted: z.literal(true) }),
  },
  {
    method: "post",
    path: "/api/v1/tasks/dispatch",
    summary: "交办 (office, bulk: DRAFT or CHANGE_REQUESTED tasks become DISPATCHED and their liaisons are notified; others are skipped with a reason)",
    tags: ["tasks"],
    body: taskIdsInput,
    response: dispatchResultSchema,
  },
  {
    method: "post",
    path: "/api/v1/tasks/remind",
    summary: "催办 (office, bulk: reminds the liaisons of dispatched, unfinished tasks, once per task per day)",
    tags: ["tasks"],
    body: taskIdsInput,
    response: countResultSchema.extend({ notified: z.number().int(), skipped: dispatchResultSchema.shape.skipped }),
  },
  {
    method: "post",
    path: "/api/v1/tasks/{id}/acknowledge",
    summary: "签收 (the lead department's liaison; a co-department's liaison gets 403)",
    tags: ["tasks"],
    body: versionBody,
    response: taskChangeRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/tasks/{id}/change-request",
    summary: "申请调整 (the lead department's liaison, with a reason of at most 500 characters)",
    tags: ["tasks"],
    body: taskChangeRequestInput.omit({ id: true }),
    response: taskChangeRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/tasks/{id}/sign-off",
    summary: "确认完成 (office sign-off: the task becomes COMPLETED)",
    tags: ["tasks"],
    body: versionBody,
    response: taskChangeRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/tasks/{id}/reopen",
    summary: "撤销完成 (office: undoes the sign-off)",
    tags: ["tasks"],
    body: versionBody,
    response: taskChangeRowSchema,
  },
  {
    method: "get",
    path: "/api/v1/notifications",
    summary: "我的通知 (the caller's own notifications, newest first; unread=1 for unread only)",
    tags: ["notifications"],
    query: listNotificationsQuery,
    response: listOf(notificationRowSchema),
  },
  {
    method: "get",
    path: "/api/v1/notifications/unread-count",
    summary: "未读通知数",
    tags: ["notifications"],
    query: z.object({}),
    response: unreadCountSchema,
  },
  {
    method: "post",
    path: "/api/v1/notifications/read",
    summary: "标为已读 ({ ids } or { all: true }; only the caller's own)",
    tags: ["notifications"],
    body: markNotificationsReadInput,
    response: countResultSchema,
  },
  {
    method: "get",
    path: "/api/v1/departments/{id}/reminder-letter",
    summary: "提醒函 (office: a .docx listing the department's overdue lead tasks; 409 when it has none)",
    tags: ["departments"],
    query: z.object({}),
    fileType: DOCX,
  },
];
