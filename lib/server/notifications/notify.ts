import type { Tx } from "@/lib/server/tx";

/** Kinds of in-app notification; the catalog key `notifications.kind.<KIND>` names each. */
export const NOTIFICATION_KINDS = [
  "TASK_DISPATCHED",
  "ENTRY_RETURNED",
  "TASK_DUE_SOON",
  "TASK_OVERDUE",
  "TASK_REMINDER",
  "TASK_CHANGE_REQUESTED",
  "FINDING_DISPATCHED",
  "FINDING_RETURNED",
  "FINDING_DUE_SOON",
  "FINDING_OVERDUE",
  "FINDING_WITHDRAWN",
  "APPEAL_FILED",
  "APPEAL_ANSWERED",
  "BLACK_LIST_REMINDER",
  "BLACK_LIST_ESCALATION",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationDraft = {
  kind: NotificationKind;
  cityId: string | null;
  title: string;
  body?: string | null;
  /** A console path, e.g. `/tasks/{id}`. */
  link?: string | null;
  /**
   * What makes this notification one of a kind for one recipient, e.g. `TASK_DUE_SOON:{taskId}`;
   * the recipient is added to it, so the same event never notifies the same person twice.
   */
  dedupeKey: string;
};

/** Notifies users by id; a notification already sent (same dedupe key) is not sent again. */
export async function notifyUsers(tx: Tx, userIds: readonly string[], draft: NotificationDraft): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: unique.map((userId) => ({
      userId,
      cityId: draft.cityId,
      kind: draft.kind,
      title: draft.title,
      body: draft.body ?? null,
      link: draft.link ?? null,
      dedupeKey: `${draft.dedupeKey}:${userId}`,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The active liaisons of a department: the people who keep its ledger. */
export async function liaisonIdsOf(tx: Tx, departmentIds: readonly string[]): Promise<string[]> {
  if (departmentIds.length === 0) return [];
  const memberships = await tx.roleMembership.findMany({
    where: { role: "DEPARTMENT_LIAISON", departmentId: { in: [...departmentIds] }, user: { isActive: true } },
    select: { userId: true },
  });
  return [...new Set(memberships.map(({ userId }) => userId))];
}

/** Notifies every active liaison of the departments. */
export async function notifyDepartments(tx: Tx, departmentIds: readonly string[], draft: NotificationDraft): Promise<number> {
  return notifyUsers(tx, await liaisonIdsOf(tx, departmentIds), draft);
}

/**
 * Sends many notices at once, each to the active liaisons of its departments: one membership
 * query and one insert, for sweeps that touch many tasks. Returns how many were new.
 */
export async function notifyDepartmentsInBulk(tx: Tx, notices: readonly { departmentIds: readonly string[]; draft: NotificationDraft }[]): Promise<number> {
  const departmentIds = [...new Set(notices.flatMap((notice) => notice.departmentIds))];
  if (departmentIds.length === 0) return 0;
  const memberships = await tx.roleMembership.findMany({
    where: { role: "DEPARTMENT_LIAISON", departmentId: { in: departmentIds }, user: { isActive: true } },
    select: { userId: true, departmentId: true },
  });
  const data = notices.flatMap(({ departmentIds: targets, draft }) => {
    const userIds = new Set(memberships.filter((m) => m.departmentId && targets.includes(m.departmentId)).map((m) => m.userId));
    return [...userIds].map((userId) => ({
      userId,
      cityId: draft.cityId,
      kind: draft.kind,
      title: draft.title,
      body: draft.body ?? null,
      link: draft.link ?? null,
      dedupeKey: `${draft.dedupeKey}:${userId}`,
    }));
  });
  if (data.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data, skipDuplicates: true });
  return count;
}

/** The active staff of a city's office (city admins): who hears about a department's change request. */
export async function officeUserIdsOf(tx: Tx, cityId: string): Promise<string[]> {
  const memberships = await tx.roleMembership.findMany({
    where: { role: "CITY_ADMIN", cityId, user: { isActive: true } },
    select: { userId: true },
  });
  return [...new Set(memberships.map(({ userId }) => userId))];
}
