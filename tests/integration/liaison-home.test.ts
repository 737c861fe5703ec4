import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { weekOf } from "@/lib/domain/tasks/shanghai-week";
import { getLiaisonHome } from "@/lib/server/tasks/get-liaison-home";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createLedgerEntry, createTask } from "@/tests/factories/task";

// Dates are relative to the real Shanghai week, so the test holds on any day it runs.
let s: CityScenario;
const week = weekOf(todayInShanghai());
let t: Record<string, { id: string; title: string }>;
let returnedId: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  const actionId = (await createPlan(db(), { cityId: s.cityA.id })).actions[0].id;
  const a1 = s.departmentA1.id;
  const a2 = s.departmentA2.id;
  t = {
    dueThisWeek: await createTask(db(), { actionId, leadDepartmentId: a1, deadline: week.to, dispatchStatus: "DISPATCHED" }),
    doneThisWeek: await createTask(db(), { actionId, leadDepartmentId: a1, deadline: week.to, completedAt: new Date(), dispatchStatus: "ACKNOWLEDGED" }),
    nextWeek: await createTask(db(), { actionId, leadDepartmentId: a1, deadline: addDays(week.to, 7), dispatchStatus: "ACKNOWLEDGED" }),
    overdue: await createTask(db(), { actionId, leadDepartmentId: a2, coDepartmentIds: [a1], deadline: "2020-01-01", dispatchStatus: "ACKNOWLEDGED" }),
    weekly: await createTask(db(), { actionId, leadDepartmentId: a1, recurrence: "WEEKLY", dispatchStatus: "ACKNOWLEDGED" }),
    draft: await createTask(db(), { actionId, leadDepartmentId: a1, deadline: addDays(week.to, 30), dispatchStatus: "DRAFT" }),
    otherDepartment: await createTask(db(), { actionId, leadDepartmentId: a2, deadline: week.to, dispatchStatus: "DISPATCHED" }),
  };
  await db().taskOccurrence.create({
    data: {
      cityId: s.cityA.id,
      taskId: t.weekly.id,
      periodStart: parseBusinessDate(week.from),
      periodEnd: parseBusinessDate(week.to),
      dueDate: parseBusinessDate(week.to),
    },
  });
  const returned = await createLedgerEntry(db(), { taskId: t.dueThisWeek.id, departmentId: a1, reviewStatus: "RETURNED", effectiveDate: "2026-03-02" });
  await db().ledgerEntry.update({ where: { id: returned.id }, data: { reviewComment: "照片不清晰，请补充", reviewedAt: new Date("2026-03-03T02:00:00Z") } });
  returnedId = returned.id;
  await createLedgerEntry(db(), { taskId: t.overdue.id, departmentId: a2, reviewStatus: "RETURNED" });
  await createLedgerEntry(db(), { taskId: t.nextWeek.id, departmentId: a1, reviewStatus: "PENDING" });
});

const ids = (tasks: { id: string }[]) => tasks.map((task) => task.id).sort();
const idsOf = (...keys: string[]) => keys.map((key) => t[key].id).sort();

describe("getLiaisonHome", () => {
  it("lists the department's tasks due this Monday–Sunday week and not completed, one-off and recurring", async () => {
    const home = await getLiaisonHome(s.actors.liaisonA1);
    expect(home.department).toEqual({ id: s.departmentA1.id, name: s.departmentA1.name });
    expect(home.week).toEqual(week);
    expect(ids(home.dueThisWeek)).toEqual(idsOf("dueThisWeek", "weekly"));
    expect(home.dueThisWeek.find((task) => task.id === t.weekly.id)).toMatchObject({ dueDate: week.to, status: "NOT_STARTED" });
  });

  it("lists overdue tasks (co-owned ones too) and those dispatched but not yet signed for", async () => {
    const home = await getLiaisonHome(s.actors.liaisonA1);
    expect(ids(home.overdue)).toEqual(idsOf("overdue"));
    expect(home.overdue[0]).toMatchObject({ status: "OVERDUE", dueDate: "2020-01-01" });
    expect(ids(home.awaitingAcknowledgement)).toEqual(idsOf("dueThisWeek"));
  });

  it("lists only its own department's returned entries, with the comment and the task", async () => {
    const home = await getLiaisonHome(s.actors.liaisonA1);
    expect(home.returnedEntries).toEqual([
      {
        id: returnedId,
        taskId: t.dueThisWeek.id,
        taskTitle: t.dueThisWeek.title,
        effectiveDate: "2026-03-02",
        text: expect.any(String),
        reviewComment: "照片不清晰，请补充",
        returnedAt: "2026-03-03 10:00",
      },
    ]);
  });

  it("offers the open, dispatched tasks for a quick entry, never drafts or signed-off ones", async () => {
    const home = await getLiaisonHome(s.actors.liaisonA1);
    expect(ids(home.quickEntryTasks)).toEqual(idsOf("dueThisWeek", "nextWeek", "overdue", "weekly"));
    expect(home.quickEntryTasks.find((task) => task.id === t.nextWeek.id)).toEqual({
      id: t.nextWeek.id,
      title: t.nextWeek.title,
      deadline: addDays(week.to, 7),
    });
  });

  it("belongs to liaisons only", async () => {
    await expect(getLiaisonHome(s.actors.cityAdminA)).rejects.toMatchObject({ status: 403 });
    await expect(getLiaisonHome(s.actors.inspectorA)).rejects.toMatchObject({ status: 403 });
  });
});
