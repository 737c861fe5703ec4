import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { dispatchTasks } from "@/lib/server/tasks/dispatch-tasks";
import { getTaskDetail } from "@/lib/server/tasks/get-task-detail";
import { getTaskHistory } from "@/lib/server/tasks/task-history";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createLedgerEntry, createTask } from "@/tests/factories/task";
import { createUser } from "@/tests/factories/user";

// The task page's data: the header facts, the occurrences with their states, and the history
// (the task's audit entries and its ledger entries', newest first), all in the task's scope.
let s: CityScenario;
let taskId: string;
let otherTaskId: string;
let entryId: string;
let liaisonA2: Actor;
let criteria: { id: string; code: string; name: string }[];
const today = todayInShanghai();

beforeAll(async () => {
  s = await createCityScenario(db());
  liaisonA2 = (await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA2.id })).actor;
  const actionId = (await createPlan(db(), { cityId: s.cityA.id, actions: [{ name: "公益广告提质行动" }] })).actions[0].id;
  criteria = (await createEditionFromTree(db())).criteria;
  const task = await createTask(db(), {
    actionId,
    leadDepartmentId: s.departmentA1.id,
    recurrence: "MONTHLY",
    dispatchStatus: "DRAFT",
    responsiblePerson: "张三",
    target: "公益广告新增 120 处",
    criterionIds: [criteria[1].id, criteria[0].id],
  });
  taskId = task.id;
  otherTaskId = (await createTask(db(), { actionId, leadDepartmentId: s.departmentA1.id })).id;
  const occurrence = (periodStart: string, periodEnd: string, completedAt: Date | null = null) =>
    db().taskOccurrence.create({
      data: {
        cityId: s.cityA.id,
        taskId,
        periodStart: parseBusinessDate(periodStart),
        periodEnd: parseBusinessDate(periodEnd),
        dueDate: parseBusinessDate(periodEnd),
        completedAt,
      },
    });
  await occurrence("2020-01-01", "2020-01-31", new Date());
  await occurrence("2020-02-01", "2020-02-29");
  await occurrence("2020-03-01", "2020-03-31");
  await occurrence(addDays(today, 1), addDays(today, 20));
  const entry = await createLedgerEntry(db(), { taskId, departmentId: s.departmentA1.id, effectiveDate: "2020-02-10", reviewStatus: "ACCEPTED" });
  entryId = entry.id;
  const log = (at: string, action: string, entityType: string, entityId: string, after: object | null = null) =>
    db().auditLog.create({
      data: { at: new Date(at), actorLabel: "市文明办 王五", action, entityType, entityId, cityId: s.cityA.id, after: after ?? undefined },
    });
  await log("2026-03-01T01:00:00Z", "task.create", "Task", taskId);
  await log("2026-03-02T01:00:00Z", "ledger-entry.create", "LedgerEntry", entryId);
  await log("2026-03-03T01:00:00Z", "ledger-entry.review", "LedgerEntry", entryId, { reviewStatus: "RETURNED" });
  await log("2026-03-03T02:00:00Z", "task.create", "Task", otherTaskId);
  // A real use case writes its own audit entry, now.
  await dispatchTasks(s.actors.cityAdminA, { ids: [taskId] });
});

describe("getTaskHistory", () => {
  it("gives the task's and its ledger entries' audit entries, newest first, times in Asia/Shanghai", async () => {
    const history = await getTaskHistory(s.actors.cityAdminA, taskId);
    expect(history.map((entry) => [entry.action, entry.entityType, entry.reviewStatus])).toEqual([
      ["task.dispatch", "Task", null],
      ["ledger-entry.review", "LedgerEntry", "RETURNED"],
      ["ledger-entry.create", "LedgerEntry", null],
      ["task.create", "Task", null],
    ]);
    expect(history[1]).toMatchObject({ entityId: entryId, actorLabel: "市文明办 王五", at: "2026-03-03T01:00:00.000Z", atText: "2026-03-03 09:00" });
    expect(history.map((entry) => entry.entityId)).not.toContain(otherTaskId);
  });

  it("is read in the task's scope: the lead's liaison yes; another department, another city: 404", async () => {
    expect(await getTaskHistory(s.actors.liaisonA1, taskId)).toHaveLength(4);
    await expect(getTaskHistory(liaisonA2, taskId)).rejects.toMatchObject({ status: 404 });
    await expect(getTaskHistory(s.actors.cityAdminB, taskId)).rejects.toMatchObject({ status: 404 });
    await expect(getTaskDetail(liaisonA2, taskId)).rejects.toMatchObject({ status: 404 });
  });
});

describe("getTaskDetail", () => {
  it("names the criteria with code, name and points, and gives each occurrence its state", async () => {
    const detail = await getTaskDetail(s.actors.cityAdminA, taskId);
    expect(detail.task).toMatchObject({
      id: taskId,
      responsiblePerson: "张三",
      target: "公益广告新增 120 处",
      recurrence: "MONTHLY",
      dispatchStatus: "DISPATCHED",
      status: "OVERDUE",
    });
    expect(detail.criteria.map(({ code, name }) => ({ code, name }))).toEqual([criteria[0], criteria[1]].map(({ code, name }) => ({ code, name })));
    expect(detail.criteria.map((criterion) => criterion.points)).toEqual(["4", "3"]);
    expect(detail.occurrences.map((occurrence) => [occurrence.periodStart, occurrence.state])).toEqual([
      ["2020-01-01", "COMPLETED"],
      ["2020-02-01", "REPORTED"],
      ["2020-03-01", "MISSED"],
      [addDays(today, 1), "OPEN"],
    ]);
    expect(detail.dispatch.dispatchedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(detail.history).toHaveLength(4);
  });
});
