import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// In-app notifications (通知): the zod schemas shared by the page, the server actions and /api/v1.

const booleanParam = z.union([z.boolean(), z.stringbool()]);

export const listNotificationsQuery = z.object({
  unread: booleanParam.optional().describe("1：只看未读"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListNotificationsParams = z.input<typeof listNotificationsQuery>;

export const notificationRowSchema = z.object({
  id: z.string(),
  kind: z.string().describe("TASK_DISPATCHED, ENTRY_RETURNED, TASK_DUE_SOON, TASK_OVERDUE, TASK_REMINDER, TASK_CHANGE_REQUESTED"),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable().describe("控制台路径，如 /tasks/{id}"),
  readAt: z.string().nullable().describe("ISO 8601"),
  createdAt: z.string().describe("ISO 8601"),
});
export type NotificationRow = z.infer<typeof notificationRowSchema>;

export const markNotificationsReadInput = z.union(
  [z.object({ ids: z.array(idSchema).min(1, "请选择通知").max(500, "一次最多标记 500 条") }), z.object({ all: z.literal(true) })],
  { error: "请选择要标为已读的通知" },
);
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

export const unreadCountSchema = z.object({ count: z.number().int() });
