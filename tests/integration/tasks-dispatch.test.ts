import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import { acknowledgeTask } from "@/lib/server/tasks/acknowledge-task";
import { dispatchTasks } from "@/lib/server/tasks/dispatch-tasks";
import { remindTasks } from "@/lib/server/tasks/remind-tasks";
import { requestTaskChange } from "@/lib/server/tasks/request-task-change";
import { updateTask } from "@/lib/server/tasks/update-task";
import { createTask } from "@/tests/factories/task";
import { createTaskChangesWorld, type TaskChangesWorld } from "./task-changes-world";

let w: TaskChangesWorld;
beforeAll(async () => {
  w = await createTaskChangesWorld();
});

const draft = (overrides: Parameters<typeof createTask>[1] = {}) =>
  createTask(db(), {
    actionId: w.action.id,
    leadDepartmentId: w.s.departmentA1.id,
    coDepartmentIds: [w.s.departmentA2.id],
    deadline: "2026-12-31",
    dispatchStatus: "DRAFT",
    ...overrides,
  });

const notificationsOf = (taskId: string, kind: string) => db().notification.findMany({ where: { link: `/tasks/${taskId}`, kind }, orderBy: { userId: "asc" } });

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("task.dispatch", () => {
  it("dispatches drafts, skips the others with a reason, and notifies the lead and co liaisons only", async () => {
    const a = await draft();
    const b = await draft({ dispatchStatus: "ACKNOWLEDGED" });
    const foreign = await createTask(db(), { leadDepartmentId: w.s.departmentB1.id, dispatchStatus: "DRAFT" });
    const result = await dispatchTasks(w.s.actors.cityAdminA, { ids: [a.id, b.id, foreign.id] });
    expect(result.count).toBe(1);
    expect(result.skipped).toEqual([
      { id: b.id, reason: "已签收" },
      { id: foreign.id, reason: "任务不存在或无权访问" },
    ]);

    const saved = await db().task.findUniqueOrThrow({ where: { id: a.id } });
    expect(saved).toMatchObject({ dispatchStatus: "DISPATCHED", acknowledgedAt: null, version: 2 });
    const sent = await notificationsOf(a.id, "TASK_DISPATCHED");
    expect(sent.map((n) => n.userId).sort()).toEqual([w.s.actors.liaisonA1.id, w.liaisonA2.id].sort());
    expect(sent[0].dedupeKey).toMatch(new RegExp(`^TASK_DISPATCHED:${a.id}:${saved.dispatchedAt!.getTime()}:`));
    expect(await db().notification.count({ where: { userId: w.liaisonA3.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "task.dispatch", entityId: a.id } })).toBe(1);
    expect((await db().task.findUniqueOrThrow({ where: { id: foreign.id } })).dispatchStatus).toBe("DRAFT");
  });

  it("re-dispatches a task sent back for change, keeping the last reason, and notifies again", async () => {
    const task = await draft({ dispatchStatus: "DISPATCHED" });
    await requestTaskChange(w.s.actors.liaisonA1, { id: task.id, version: 1, reason: "完成时限过紧" });
    expect((await dispatchTasks(w.s.actors.cityAdminA, { ids: [task.id] })).count).toBe(1);
    const saved = await db().task.findUniqueOrThrow({ where: { id: task.id } });
    expect(saved).toMatchObject({ dispatchStatus: "DISPATCHED", changeReason: "完成时限过紧" });
    expect(await notificationsOf(task.id, "TASK_DISPATCHED")).toHaveLength(2);
  });

  it("is the office's only", async () => {
    const task = await draft();
    expect((await errorOf(dispatchTasks(w.s.actors.liaisonA1, { ids: [task.id] }))).status).toBe(403);
    expect((await errorOf(dispatchTasks(w.s.actors.cityAdminA, { ids: [] }))).fieldErrors).toEqual({ ids: ["请选择任务"] });
  });
});

describe("handing a dispatched task to other departments", () => {
  it("tells only the departments new to it, and a new lead signs for it itself", async () => {
    const task = await draft({ dispatchStatus: "ACKNOWLEDGED" });
    const saved = await updateTask(w.s.actors.cityAdminA, {
      id: task.id,
      version: 1,
      leadDepartmentId: w.departmentA3.id,
      coDepartmentIds: [w.s.departmentA1.id],
    });
    expect(saved).toMatchObject({ dispatchStatus: "DISPATCHED", acknowledgedAt: null });
    const sent = await notificationsOf(task.id, "TASK_DISPATCHED");
    expect(sent.map((n) => n.userId)).toEqual([w.liaisonA3.id]);
    // The new lead's liaison can sign for it now; the old lead cannot.
    expect((await acknowledgeTask(w.liaisonA3, { id: task.id, version: saved.version })).dispatchStatus).toBe("ACKNOWLEDGED");
  });

  it("tells nobody while the task is a draft, and keeps an acknowledgement when only co-departments change", async () => {
    const quiet = await draft();
    await updateTask(w.s.actors.cityAdminA, { id: quiet.id, version: 1, leadDepartmentId: w.departmentA3.id });
    expect(await notificationsOf(quiet.id, "TASK_DISPATCHED")).toHaveLength(0);

    const acknowledged = await draft({ dispatchStatus: "ACKNOWLEDGED", coDepartmentIds: [] });
    const saved = await updateTask(w.s.actors.cityAdminA, { id: acknowledged.id, version: 1, coDepartmentIds: [w.departmentA3.id] });
    expect(saved.dispatchStatus).toBe("ACKNOWLEDGED");
    expect((await notificationsOf(acknowledged.id, "TASK_DISPATCHED")).map((n) => n.userId)).toEqual([w.liaisonA3.id]);
  });
});

describe("task.acknowledge and task.request-change", () => {
  it("lets the lead liaison acknowledge; a co-department liaison gets 由牵头单位签收", async () => {
    const task = await draft({ dispatchStatus: "DISPATCHED" });
    const co = await errorOf(acknowledgeTask(w.liaisonA2, { id: task.id, version: 1 }));
    expect(co.status).toBe(403);
    expect(co.message).toBe("由牵头单位签收");
    expect((await errorOf(acknowledgeTask(w.liaisonA3, { id: task.id, version: 1 }))).status).toBe(404);
    expect((await errorOf(acknowledgeTask(w.s.actors.cityAdminA, { id: task.id, version: 1 }))).status).toBe(403);
    const acknowledged = await acknowledgeTask(w.s.actors.liaisonA1, { id: task.id, version: 1 });
    expect(acknowledged).toMatchObject({ dispatchStatus: "ACKNOWLEDGED", acknowledgedAt: expect.any(String), version: 2 });
    expect((await errorOf(acknowledgeTask(w.s.actors.liaisonA1, { id: task.id, version: 2 }))).status).toBe(409);
    expect((await errorOf(acknowledgeTask(w.s.actors.liaisonA1, { id: task.id, version: 1 }))).code).toBe("VERSION_CONFLICT");
  });

  it("cannot acknowledge a draft", async () => {
    const task = await draft();
    expect((await errorOf(acknowledgeTask(w.s.actors.liaisonA1, { id: task.id, version: 1 }))).status).toBe(409);
  });

  it("asks for change with a required reason of at most 500 characters, from dispatched or acknowledged", async () => {
    const task = await draft({ dispatchStatus: "ACKNOWLEDGED" });
    expect((await errorOf(requestTaskChange(w.s.actors.liaisonA1, { id: task.id, version: 1, reason: " " }))).fieldErrors).toEqual({
      reason: ["请填写调整理由"],
    });
    expect((await errorOf(requestTaskChange(w.s.actors.liaisonA1, { id: task.id, version: 1, reason: "长".repeat(501) }))).fieldErrors).toEqual({
      reason: ["调整理由不能超过 500 字"],
    });
    expect((await errorOf(requestTaskChange(w.liaisonA2, { id: task.id, version: 1, reason: "不归我们" }))).status).toBe(403);
    const changed = await requestTaskChange(w.s.actors.liaisonA1, { id: task.id, version: 1, reason: "牵头单位应为市住建局" });
    expect(changed).toMatchObject({ dispatchStatus: "CHANGE_REQUESTED", changeReason: "牵头单位应为市住建局", changeRequestedAt: expect.any(String) });
    const toOffice = await notificationsOf(task.id, "TASK_CHANGE_REQUESTED");
    expect(toOffice.map((n) => n.userId)).toEqual([w.s.actors.cityAdminA.id]);
    expect(toOffice[0].body).toContain("牵头单位应为市住建局");
    expect((await errorOf(requestTaskChange(w.s.actors.liaisonA1, { id: task.id, version: 2, reason: "再次" }))).status).toBe(409);
  });
});

describe("task.remind", () => {
  it("reminds lead and co liaisons once per task per Shanghai day", async () => {
    const task = await draft({ dispatchStatus: "DISPATCHED" });
    const unsent = await draft();
    const first = await remindTasks(w.s.actors.cityAdminA, { ids: [task.id, unsent.id] });
    expect(first).toEqual({ count: 1, notified: 2, skipped: [{ id: unsent.id, reason: "尚未交办" }] });
    const again = await remindTasks(w.s.actors.cityAdminA, { ids: [task.id] });
    expect(again).toMatchObject({ count: 1, notified: 0 });
    const sent = await notificationsOf(task.id, "TASK_REMINDER");
    expect(sent.map((n) => n.userId).sort()).toEqual([w.s.actors.liaisonA1.id, w.liaisonA2.id].sort());
    expect(sent[0].dedupeKey.startsWith(`TASK_REMINDER:${task.id}:${todayInShanghai()}:`)).toBe(true);
    expect((await errorOf(remindTasks(w.s.actors.liaisonA1, { ids: [task.id] }))).status).toBe(403);
  });
});
