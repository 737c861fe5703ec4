import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import { getTaskProgress } from "@/lib/server/tasks/get-task-progress";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createLedgerEntry, createTask } from "@/tests/factories/task";

// A hand-counted world in a fresh city A (so the office's scope holds only these tasks):
//
//              lead A1                       lead A2
//   行动一     COMPLETED ×2, OVERDUE ×1      IN_PROGRESS, NOT_STARTED, COMPLETED   (+ a deleted completed task)
//   行动二     IN_PROGRESS                   OVERDUE (missed occurrence), NOT_STARTED (co-owned by A1)
//
//   行动一 3 / 6 = 50.0%   行动二 0 / 3 = 0.0%   A1 2 / 4 = 50.0%   A2 1 / 5 = 20.0%   overall 3 / 9 = 33.3%
let s: CityScenario;
let actions: { id: string; name: string }[];

beforeAll(async () => {
  s = await createCityScenario(db());
  actions = (await createPlan(db(), { cityId: s.cityA.id, actions: [{ name: "行动一" }, { name: "行动二" }] })).actions;
  const [one, two] = actions.map((action) => action.id);
  const a1 = s.departmentA1.id;
  const a2 = s.departmentA2.id;
  const future = "2099-06-30";
  await createTask(db(), { actionId: one, leadDepartmentId: a1, deadline: "2020-01-01", completedAt: new Date() });
  await createTask(db(), { actionId: one, leadDepartmentId: a1, deadline: future, completedAt: new Date() });
  await createTask(db(), { actionId: one, leadDepartmentId: a1, deadline: "2020-01-01" });
  const inProgress = await createTask(db(), { actionId: one, leadDepartmentId: a2, deadline: future });
  await createLedgerEntry(db(), { taskId: inProgress.id, departmentId: a2, reviewStatus: "PENDING" });
  const returnedOnly = await createTask(db(), { actionId: one, leadDepartmentId: a2, deadline: future });
  await createLedgerEntry(db(), { taskId: returnedOnly.id, departmentId: a2, reviewStatus: "RETURNED" });
  await createTask(db(), { actionId: one, leadDepartmentId: a2, completedAt: new Date() });
  const deleted = await createTask(db(), { actionId: one, leadDepartmentId: a1, completedAt: new Date() });
  await db().task.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

  const accepted = await createTask(db(), { actionId: two, leadDepartmentId: a1, deadline: future });
  await createLedgerEntry(db(), { taskId: accepted.id, departmentId: a1, reviewStatus: "ACCEPTED" });
  const recurring = await createTask(db(), { actionId: two, leadDepartmentId: a2, recurrence: "WEEKLY" });
  await db().taskOccurrence.create({
    data: {
      cityId: s.cityA.id,
      taskId: recurring.id,
      periodStart: parseBusinessDate("2020-01-06"),
      periodEnd: parseBusinessDate("2020-01-12"),
      dueDate: parseBusinessDate("2020-01-12"),
    },
  });
  await createTask(db(), { actionId: two, leadDepartmentId: a2, coDepartmentIds: [a1], deadline: future });
});

const counts = (total: number, completed: number, inProgress: number, notStarted: number, overdue: number) => ({
  total,
  completed,
  inProgress,
  notStarted,
  overdue,
});

describe("getTaskProgress", () => {
  it("rolls up per action, per lead department and overall, weighted by task", async () => {
    const progress = await getTaskProgress(s.actors.cityAdminA);
    expect(progress.overall).toEqual({ ...counts(9, 3, 2, 2, 2), rate: 33.3, arithmetic: "3 / 9 = 33.3%" });
    expect(progress.byAction).toEqual([
      { action: { id: actions[0].id, name: "行动一" }, ...counts(6, 3, 1, 1, 1), rate: 50, arithmetic: "3 / 6 = 50.0%" },
      { action: { id: actions[1].id, name: "行动二" }, ...counts(3, 0, 1, 1, 1), rate: 0, arithmetic: "0 / 3 = 0.0%" },
    ]);
    const byDepartment = Object.fromEntries(progress.byDepartment.map(({ department, ...rollup }) => [department.id, rollup]));
    expect(byDepartment).toEqual({
      [s.departmentA1.id]: { ...counts(4, 2, 1, 0, 1), rate: 50, arithmetic: "2 / 4 = 50.0%" },
      [s.departmentA2.id]: { ...counts(5, 1, 1, 2, 1), rate: 20, arithmetic: "1 / 5 = 20.0%" },
    });
  });

  it("counts the tasks dispatched and not yet signed for (not those signed off)", async () => {
    // Every task of this world is DISPATCHED (the factory's default); three of the nine are signed off.
    expect((await getTaskProgress(s.actors.cityAdminA)).awaitingAcknowledgement).toBe(6);
  });

  it("counts only the tasks that pass the list filters", async () => {
    const actionTwo = await getTaskProgress(s.actors.cityAdminA, { action: actions[1].id });
    expect(actionTwo.overall).toMatchObject({ ...counts(3, 0, 1, 1, 1), arithmetic: "0 / 3 = 0.0%" });
    expect(actionTwo.byAction.map((row) => row.action.id)).toEqual([actions[1].id]);
    const overdueOnly = await getTaskProgress(s.actors.cityAdminA, { status: "OVERDUE" });
    expect(overdueOnly.overall).toMatchObject({ ...counts(2, 0, 0, 0, 2), arithmetic: "0 / 2 = 0.0%" });
    const nothing = await getTaskProgress(s.actors.cityAdminA, { q: "没有这样的任务" });
    expect(nothing).toEqual({
      overall: { ...counts(0, 0, 0, 0, 0), rate: null, arithmetic: null },
      byAction: [],
      byDepartment: [],
      awaitingAcknowledgement: 0,
    });
  });

  it("stays in scope: a liaison's department (led or co-owned), another city sees none", async () => {
    const liaison = await getTaskProgress(s.actors.liaisonA1);
    expect(liaison.overall).toMatchObject({ ...counts(5, 2, 1, 1, 1), arithmetic: "2 / 5 = 40.0%" });
    expect(liaison.byDepartment.map(({ department, arithmetic }) => [department.id, arithmetic])).toEqual(
      expect.arrayContaining([
        [s.departmentA1.id, "2 / 4 = 50.0%"],
        [s.departmentA2.id, "0 / 1 = 0.0%"],
      ]),
    );
    expect((await getTaskProgress(s.actors.cityAdminA, { department: s.departmentA1.id })).overall.arithmetic).toBe("2 / 5 = 40.0%");
    expect((await getTaskProgress(s.actors.cityAdminB)).byAction.map((row) => row.action.id)).not.toContain(actions[0].id);
  });

  it("rejects bad filters with field errors", async () => {
    await expect(getTaskProgress(s.actors.cityAdminA, { dueFrom: "2026-05-02", dueTo: "2026-05-01" })).rejects.toMatchObject({ status: 422 });
  });
});
