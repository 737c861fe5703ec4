import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { createUser } from "@/tests/factories/user";
import { uniqueSuffix } from "@/tests/factories/unique";
import { ANY, type MatrixFixture, type MatrixRow, type PositionOutcomes } from "./types";

// Notifications belong to one user (the "own" scope of every role): the actor marks its own
// read wherever it sits, and another user's — here a fresh user of the fixture's department —
// is never reached, even by id.

const notificationFor = (userId: string, f: MatrixFixture) =>
  db().notification.create({ data: { userId, cityId: f.cityId, kind: "TASK_REMINDER", title: "矩阵提醒", dedupeKey: `matrix:${uniqueSuffix()}` } });

async function markRead(actor: Parameters<typeof markNotificationsRead>[0], id: string) {
  const { count } = await markNotificationsRead(actor, { ids: [id] });
  if (count !== 1) throw new AppError("NOT_FOUND", "not marked", 404);
}

const NOBODY: PositionOutcomes = { own: "notFound", otherDepartment: "notFound", otherCity: "notFound", otherProvince: "notFound" };
const everyRole = (outcomes: PositionOutcomes) => ({
  SYSTEM_ADMIN: outcomes,
  PROVINCE_SUPERVISOR: outcomes,
  CITY_ADMIN: outcomes,
  INSPECTOR: outcomes,
  DEPARTMENT_LIAISON: outcomes,
});

export const notificationRows: MatrixRow[] = [
  {
    action: "notification.mark-read",
    run: async (actor, f) => markRead(actor, (await notificationFor(actor.id, f)).id),
    expect: everyRole(ANY),
  },
  {
    action: "notification.mark-read (another user's)",
    run: async (actor, f) => {
      const { user } = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: f.departmentId });
      return markRead(actor, (await notificationFor(user.id, f)).id);
    },
    expect: everyRole(NOBODY),
  },
];
