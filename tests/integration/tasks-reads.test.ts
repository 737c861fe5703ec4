import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { createTaskScenario, type TaskScenario } from "@/tests/factories/task";

let w: TaskScenario;
beforeAll(async () => {
  w = await createTaskScenario(db());
});

const idsOf = async (actor: Actor, params: Parameters<typeof listTasks>[1] = {}) =>
  (await listTasks(actor, { pageSize: 500, ...params })).items.map((task) => task.id).sort();
const sorted = (...ids: string[]) => [...ids].sort();

describe("scoping", () => {
  it("gives a city's roles their city's live tasks, never another city's or deleted ones", async () => {
    const { overdue, inProgress, notStarted, completed, recurring } = w.tasks;
    const cityA = sorted(overdue.id, inProgress.id, notStarted.id, completed.id, recurring.id);
    expect(await idsOf(w.s.actors.cityAdminA)).toEqual(cityA);
    expect(await idsOf(w.s.actors.inspectorA)).toEqual(cityA);
    expect(await idsOf(w.s.actors.cityAdminB)).toEqual([w.tasks.cityB.id]);
  });

  it("gives a supervisor its province and an admin everything", async () => {
    const supervisor = await idsOf(w.s.actors.supervisor);
    expect(supervisor).toHaveLength(6);
    expect(supervisor).toContain(w.tasks.cityB.id);
    expect(supervisor).not.toContain(w.tasks.otherProvince.id);
    // An admin sees everything: this world's tasks in both provinces. A shared database may hold more tasks than one page,
    // so each task is looked up through its own lead department.
    const { deleted: _deleted, ...live } = w.tasks;
    for (const task of Object.values(live)) {
      expect(await idsOf(w.s.actors.systemAdmin, { department: task.leadDepartmentId })).toContain(task.id);
    }
    await expect(getTaskOrThrow(w.s.actors.supervisor, w.tasks.otherProvince.id)).rejects.toMatchObject({ status: 404 });
    expect((await getTaskOrThrow(w.s.actors.systemAdmin, w.tasks.otherProvince.id)).id).toBe(w.tasks.otherProvince.id);
  });

  it("gives a liaison the tasks its department leads or co-owns, and 404 for any other", async () => {
    const liaison = w.s.actors.liaisonA1;
    expect(await idsOf(liaison)).toEqual(sorted(w.tasks.overdue.id, w.tasks.inProgress.id));
    expect((await getTaskOrThrow(liaison, w.tasks.overdue.id)).id).toBe(w.tasks.overdue.id);
    expect((await getTaskOrThrow(liaison, w.tasks.inProgress.id)).id).toBe(w.tasks.inProgress.id);
    for (const other of [w.tasks.notStarted, w.tasks.cityB, w.tasks.deleted]) {
      await expect(getTaskOrThrow(liaison, other.id)).rejects.toMatchObject({ status: 404, code: "NOT_FOUND" });
    }
    // Filtering by another department cannot widen a liaison's scope.
    expect(await idsOf(liaison, { department: w.s.departmentA2.id })).toEqual([w.tasks.inProgress.id]);
  });

  it("answers 404 for a deleted or unknown task", async () => {
    await expect(getTaskOrThrow(w.s.actors.cityAdminA, w.tasks.deleted.id)).rejects.toMatchObject({ status: 404 });
    await expect(getTaskOrThrow(w.s.actors.systemAdmin, "no-such-task")).rejects.toMatchObject({ status: 404 });
  });
});

describe("the task row", () => {
  it("names departments, action, criteria codes and the derived status", async () => {
    const lead = await getTaskOrThrow(w.s.actors.cityAdminA, w.tasks.overdue.id);
    const codes = [...w.criteria]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .slice(0, 2)
      .map((criterion) => criterion.code);
    expect(lead).toEqual({
      id: w.tasks.overdue.id,
      cityId: w.s.cityA.id,
      title: w.tasks.overdue.title,
      description: null,
      target: null,
      action: { id: w.mainAction.id, name: "市容环境整治行动" },
      leadDepartment: { id: w.s.departmentA1.id, name: w.s.departmentA1.name },
      coDepartments: [],
      responsiblePerson: null,
      deadline: "2020-01-10",
      recurrence: "NONE",
      dispatchStatus: "DISPATCHED",
      status: "OVERDUE",
      criteria: codes,
      version: 1,
    });
    const co = await getTaskOrThrow(w.s.actors.cityAdminA, w.tasks.inProgress.id);
    expect(co).toMatchObject({
      leadDepartment: { id: w.s.departmentA2.id },
      coDepartments: [{ id: w.s.departmentA1.id, name: w.s.departmentA1.name }],
      deadline: "2099-06-30",
      status: "IN_PROGRESS",
      criteria: [],
    });
  });

  it("derives each status from the facts", async () => {
    const statuses = Object.fromEntries((await listTasks(w.s.actors.cityAdminA, {})).items.map((task) => [task.id, task.status]));
    expect(statuses).toEqual({
      [w.tasks.overdue.id]: "OVERDUE",
      [w.tasks.inProgress.id]: "IN_PROGRESS",
      [w.tasks.notStarted.id]: "NOT_STARTED",
      [w.tasks.completed.id]: "COMPLETED",
      [w.tasks.recurring.id]: "OVERDUE",
    });
  });
});

describe("filters and paging", () => {
  const admin = () => w.s.actors.cityAdminA;

  it("filters by department (lead or co) and by action", async () => {
    expect(await idsOf(admin(), { department: w.s.departmentA1.id })).toEqual(sorted(w.tasks.overdue.id, w.tasks.inProgress.id));
    expect(await idsOf(admin(), { action: w.otherAction.id })).toEqual([w.tasks.notStarted.id]);
  });

  it("filters by derived status and by overdue", async () => {
    expect(await idsOf(admin(), { status: "OVERDUE" })).toEqual(sorted(w.tasks.overdue.id, w.tasks.recurring.id));
    expect(await idsOf(admin(), { overdue: "1" })).toEqual(sorted(w.tasks.overdue.id, w.tasks.recurring.id));
    expect(await idsOf(admin(), { overdue: false })).toEqual(sorted(w.tasks.inProgress.id, w.tasks.notStarted.id, w.tasks.completed.id));
    expect(await idsOf(admin(), { status: "COMPLETED" })).toEqual([w.tasks.completed.id]);
    expect(await idsOf(admin(), { status: "NOT_STARTED" })).toEqual([w.tasks.notStarted.id]);
    expect(await idsOf(admin(), { status: "IN_PROGRESS", department: w.s.departmentA1.id })).toEqual([w.tasks.inProgress.id]);
    expect(await idsOf(admin(), { status: "COMPLETED", overdue: true })).toEqual([]);
  });

  it("pages in deadline order with totals that count the whole result", async () => {
    const order = [w.tasks.completed, w.tasks.overdue, w.tasks.inProgress, w.tasks.notStarted, w.tasks.recurring].map((task) => task.id);
    const pages = await Promise.all([1, 2, 3].map((page) => listTasks(admin(), { page, pageSize: 2 })));
    expect(pages.map((result) => result.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap((result) => result.items.map((task) => task.id))).toEqual(order);
    const filtered = await listTasks(admin(), { status: "OVERDUE", page: 2, pageSize: 1 });
    expect(filtered.total).toBe(2);
    expect(filtered.items.map((task) => task.id)).toEqual([w.tasks.recurring.id]);
    expect(await listTasks(admin(), { status: "OVERDUE", page: 3, pageSize: 1 })).toEqual({ items: [], total: 2 });
  });

  it("rejects a bad filter with field errors", async () => {
    await expect(listTasks(admin(), { status: "DONE" as never })).rejects.toMatchObject({ status: 422, fieldErrors: { status: expect.any(Array) } });
    await expect(listTasks(admin(), { pageSize: 9999 })).rejects.toMatchObject({ status: 422 });
  });
});
