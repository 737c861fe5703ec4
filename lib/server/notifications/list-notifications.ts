import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import type { Notification } from "@/lib/generated/prisma/client";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listNotificationsQuery, type ListNotificationsParams, type NotificationRow } from "@/lib/validation/notifications";
import { ensureDailySweeps } from "@/lib/server/deadlines/ensure-daily-sweeps";

export function toNotificationRow(record: Notification): NotificationRow {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    body: record.body,
    link: record.link,
    readAt: record.readAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
  };
}

/** The actor's own notifications, newest first; another user's are never in reach. */
export async function listNotifications(actor: Actor, params: ListNotificationsParams = {}): Promise<{ items: NotificationRow[]; total: number }> {
  assertCan(actor, "read:notification");
  const parsed = listNotificationsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { unread, page, pageSize } = parsed.data;
  // The list is where a notice is read: it waits for today's sweeps of the city (once a day).
  await ensureDailySweeps(actor.cityId);
  const where = { userId: actor.id, ...(unread ? { readAt: null } : {}) };
  const [records, total] = await Promise.all([
    db().notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().notification.count({ where }),
  ]);
  return { items: records.map(toNotificationRow), total };
}
