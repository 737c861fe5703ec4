import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { runSweeps } from "@/lib/server/deadlines/run-sweeps";
import { taskDeadlineSweep } from "@/lib/server/notifications/sweep-deadline-notifications";
import { createTask, createLedgerEntry } from "@/tests/factories/task";
import { parseBusinessDate } from "@/lib/domain/dates";
import { createTaskChangesWorld, type TaskChangesWorld } from "./task-changes-world";

let w: TaskChangesWorld;
beforeAll(async () => {
  w = await createTaskChangesWorld();
});

const TODAY = "2026-06-15";
const sweepDeadlineNotifications = async (cityId: string, today: string) =>
  (await runSweeps(cityId, today, [taskDeadlineSweep])).created[taskDeadlineSweep.name];
const task = (overrides: Parameters<typeof createTask>[1] = {}) =>
  createTask(db(), {
    actionId: w.action.id,
    leadDepartmentId: w.s.departmentA1.id,
    coDepartmentIds: [w.s.departmentA2.id],
    dispatchStatus: "DISPATCHED",
    ...overrides,
  });
const kindsOf = async (taskId: string, userId = w.s.actors.liaisonA1.id) =>
  (await db().notification.findMany({ where: { link: `/tasks/${taskId}`, userId } })).map((n) => `${n.kind}:${n.dedupeKey.split(":")[2]}`).sort();

describe("deadline sweep", () => {
  it("notifies due-soon (today..today+3) and overdue (before today) tasks to lead and co liaisons, once", async () => {
    const dueToday = await task({ deadline: TODAY });
    const dueIn3 = await task({ deadline: addDays(TODAY, 3) });
    const dueIn4 = await task({ deadline: addDays(TODAY, 4) });
    const lateByOne = await task({ deadline: addDays(TODAY, -1) });
    const draft = await task({ deadline: addDays(TODAY, -1), dispatchStatus: "DRAFT" });
    const signedOff = await task({ deadline: addDays(TODAY, -1), completedAt: new Date() });
    const acknowledged = await task({ deadline: addDays(TODAY, 1), dispatchStatus: "ACKNOWLEDGED" });

    const created = await sweepDeadlineNotifications(w.s.cityA.id, TODAY);
    expect(created).toBeGreaterThanOrEqual(8);
    expect(await kindsOf(dueToday.id)).toEqual([`TASK_DUE_SOON:${TODAY}`]);
    expect(await kindsOf(dueIn3.id)).toEqual([`TASK_DUE_SOON:${addDays(TODAY, 3)}`]);
    expect(await kindsOf(dueIn4.id)).toEqual([]);
    expect(await kindsOf(lateByOne.id)).toEqual([`TASK_OVERDUE:${addDays(TODAY, -1)}`]);
    expect(await kindsOf(lateByOne.id, w.liaisonA2.id)).toEqual([`TASK_OVERDUE:${addDays(TODAY, -1)}`]);
    expect(await kindsOf(lateByOne.id, w.liaisonA3.id)).toEqual([]);
    expect(await kindsOf(draft.id)).toEqual([]);
    expect(await kindsOf(signedOff.id)).toEqual([]);
    expect(await kindsOf(acknowledged.id)).toEqual([`TASK_DUE_SOON:${addDays(TODAY, 1)}`]);
    expect(await db().auditLog.count({ where: { action: "notification.sweep", cityId: w.s.cityA.id } })).toBe(1);

    expect(await sweepDeadlineNotifications(w.s.cityA.id, TODAY)).toBe(0);
    expect(await db().auditLog.count({ where: { action: "notification.sweep", cityId: w.s.cityA.id } })).toBe(1);

    // The next day a due-soon task of yesterday's today is overdue: a new, different notice.
    await sweepDeadlineNotifications(w.s.cityA.id, addDays(TODAY, 1));
    expect(await kindsOf(dueToday.id)).toEqual([`TASK_DUE_SOON:${TODAY}`, `TASK_OVERDUE:${TODAY}`]);
    expect(await kindsOf(dueIn4.id)).toEqual([`TASK_DUE_SOON:${addDays(TODAY, 4)}`]);
  });

  it("notifies the latest missed occurrence of a recurring task, not one with a counting entry", async () => {
    const recurring = await task({ recurrence: "MONTHLY" });
    const occurrence = (start: string, end: string) =>
      db().taskOccurrence.create({
        data: {
          cityId: w.s.cityA.id,
          taskId: recurring.id,
          periodStart: parseBusinessDate(start),
          periodEnd: parseBusinessDate(end),
          dueDate: parseBusinessDate(end),
        },
      });
    await occurrence("2026-04-01", "2026-04-30");
    await occurrence("2026-05-01", "2026-05-31");
    await createLedgerEntry(db(), { taskId: recurring.id, departmentId: w.s.departmentA1.id, effectiveDate: "2026-05-20" });
    await occurrence("2026-06-01", "2026-06-30");
    await sweepDeadlineNotifications(w.s.cityA.id, TODAY);
    expect(await kindsOf(recurring.id)).toEqual(["TASK_OVERDUE:2026-04-30"]);
  });
});

describe("notification reads", () => {
  it("lists only the actor's own notifications, newest first, with unread filter and count", async () => {
    const me = w.liaisonA3;
    const other = w.s.actors.liaisonA1;
    const make = (userId: string, suffix: string, createdAt: Date) =>
      db().notification.create({
        data: {
          userId,
          cityId: w.s.cityA.id,
          kind: "TASK_REMINDER",
          title: `通知${suffix}`,
          dedupeKey: `test:${suffix}:${userId}:${Math.random()}`,
          createdAt,
        },
      });
    const older = await make(me.id, "旧", new Date("2026-01-01T00:00:00Z"));
    const newer = await make(me.id, "新", new Date("2026-02-01T00:00:00Z"));
    const foreign = await make(other.id, "别人的", new Date("2026-03-01T00:00:00Z"));

    const listed = await listNotifications(me, { page: 1, pageSize: 50 });
    expect(listed.items.map((n) => n.id)).toEqual([newer.id, older.id]);
    expect(await countUnreadNotifications(me)).toBe(2);

    // Marking another user's notification read does nothing to it.
    expect(await markNotificationsRead(me, { ids: [foreign.id, older.id] })).toEqual({ count: 1 });
    expect((await db().notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
    expect((await listNotifications(me, { unread: "1" })).items.map((n) => n.id)).toEqual([newer.id]);
    expect(await countUnreadNotifications(me)).toBe(1);

    expect(await markNotificationsRead(me, { all: true })).toEqual({ count: 1 });
    expect(await countUnreadNotifications(me)).toBe(0);
    expect((await db().notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
    expect(await db().auditLog.count({ where: { action: "notification.mark-read", actorId: me.id } })).toBe(2);
  });

  it("refuses an empty mark-read request", async () => {
    const error = await markNotificationsRead(w.liaisonA3, {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
  });

  it("starts the reader's city's daily sweeps from the unread count, and the list shows their notices", async () => {
    const fresh = await createTaskChangesWorld();
    await createTask(db(), {
      actionId: fresh.action.id,
      leadDepartmentId: fresh.s.departmentA1.id,
      deadline: addDays(todayInShanghai(), -2),
      dispatchStatus: "DISPATCHED",
    });
    // The count does not wait for the sweep it starts; the list does.
    await countUnreadNotifications(fresh.s.actors.liaisonA1);
    const [item] = (await listNotifications(fresh.s.actors.liaisonA1)).items;
    expect(await countUnreadNotifications(fresh.s.actors.liaisonA1)).toBe(1);
    expect(item).toMatchObject({ kind: "TASK_OVERDUE", readAt: null, link: expect.stringMatching(/^\/tasks\//) });
  });
});
