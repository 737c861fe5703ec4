import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseBusinessDate } from "@/lib/domain/dates";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import type { ListTasksParams } from "@/lib/validation/tasks";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createLedgerEntry, createTask } from "@/tests/factories/task";
import * as tasksRoute from "@/app/api/v1/tasks/route";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

// A fresh city A holds only this file's tasks, so its office sees exactly these five.
let s: CityScenario;
let office: Actor;
let t: Record<"a" | "b" | "c" | "d" | "e", { id: string; title: string }>;
let criteria: { id: string; code: string }[];
let actionIds: string[];

beforeAll(async () => {
  s = await createCityScenario(db());
  office = s.actors.cityAdminA;
  const { actions } = await createPlan(db(), { cityId: s.cityA.id, actions: [{ name: "第一行动" }, { name: "第二行动" }] });
  actionIds = actions.map((action) => action.id);
  criteria = (await createEditionFromTree(db())).criteria;
  const [first, second] = actionIds;
  const a1 = s.departmentA1.id;
  const a2 = s.departmentA2.id;
  t = {
    a: await createTask(db(), { actionId: first, leadDepartmentId: a1, title: "路灯维修检查", deadline: "2099-01-05", criterionIds: [criteria[0].id] }),
    b: await createTask(db(), {
      actionId: first,
      leadDepartmentId: a2,
      coDepartmentIds: [a1],
      title: "公益广告更新 ABC",
      deadline: "2099-01-20",
      dispatchStatus: "ACKNOWLEDGED",
    }),
    c: await createTask(db(), { actionId: second, leadDepartmentId: a2, title: "背街小巷整治", deadline: "2020-05-01", dispatchStatus: "DRAFT" }),
    d: await createTask(db(), {
      actionId: first,
      leadDepartmentId: a1,
      title: "公益广告巡查",
      deadline: "2099-02-01",
      completedAt: new Date(),
      dispatchStatus: "ACKNOWLEDGED",
      criterionIds: [criteria[1].id],
    }),
    e: await createTask(db(), { actionId: second, leadDepartmentId: a2, title: "月度环境巡查", recurrence: "MONTHLY", dispatchStatus: "ACKNOWLEDGED" }),
  };
  await createLedgerEntry(db(), { taskId: t.b.id, departmentId: a1, reviewStatus: "PENDING" });
  await db().taskOccurrence.create({
    data: {
      cityId: s.cityA.id,
      taskId: t.e.id,
      periodStart: parseBusinessDate("2098-12-01"),
      periodEnd: parseBusinessDate("2098-12-31"),
      dueDate: parseBusinessDate("2099-01-10"),
    },
  });
});

const titles = async (params: ListTasksParams, actor: Actor = office) => (await listTasks(actor, { pageSize: 500, ...params })).items.map((task) => task.title);
const sortedTitles = async (params: ListTasksParams, actor: Actor = office) => (await titles(params, actor)).sort();
const titlesOf = (...keys: (keyof typeof t)[]) => keys.map((key) => t[key].title);

describe("filters", () => {
  it("keeps a deadline window, both ends included; a recurring task by its occurrences' due dates", async () => {
    expect(await sortedTitles({ dueFrom: "2099-01-05", dueTo: "2099-01-20" })).toEqual(titlesOf("a", "b", "e").sort());
    expect(await sortedTitles({ dueFrom: "2099-01-21" })).toEqual(titlesOf("d"));
    expect(await sortedTitles({ dueTo: "2099-01-04" })).toEqual(titlesOf("c"));
  });

  it("finds the tasks serving a criterion by id or by code", async () => {
    expect(await titles({ criterion: criteria[0].id })).toEqual(titlesOf("a"));
    expect(await titles({ criterion: criteria[1].code })).toEqual(titlesOf("d"));
  });

  it("filters by dispatch state: 已交办 are the tasks not yet signed for", async () => {
    expect(await titles({ dispatchStatus: "DISPATCHED" })).toEqual(titlesOf("a"));
    expect(await titles({ dispatchStatus: "DRAFT" })).toEqual(titlesOf("c"));
  });

  it("searches the title, ignoring case, and combines with the other filters", async () => {
    expect(await sortedTitles({ q: "公益广告" })).toEqual(titlesOf("b", "d").sort());
    expect(await titles({ q: "abc" })).toEqual(titlesOf("b"));
    expect(await titles({ q: "公益广告", status: "COMPLETED" })).toEqual(titlesOf("d"));
    expect(await titles({ q: "巡查", action: actionIds[1] })).toEqual(titlesOf("e"));
  });

  it("never widens a liaison's scope", async () => {
    expect(await sortedTitles({}, s.actors.liaisonA1)).toEqual(titlesOf("a", "b", "d").sort());
    expect(await titles({ q: "整治" }, s.actors.liaisonA1)).toEqual([]);
  });
});

describe("sorting and paging", () => {
  it("sorts by deadline either way, tasks without one last", async () => {
    expect(await titles({ sort: "deadline" })).toEqual(titlesOf("c", "a", "b", "d", "e"));
    expect(await titles({ sort: "deadline", order: "desc" })).toEqual(titlesOf("d", "b", "a", "c", "e"));
  });

  it("sorts by the derived status, most urgent first", async () => {
    const notStarted = [t.a, t.e].sort((x, y) => (x.id < y.id ? -1 : 1)).map((task) => task.title);
    expect(await titles({ sort: "status" })).toEqual([t.c.title, ...notStarted, t.b.title, t.d.title]);
    const descending = await titles({ sort: "status", order: "desc" });
    expect(descending.slice(0, 2)).toEqual(titlesOf("d", "b"));
    expect(descending.at(-1)).toBe(t.c.title);
  });

  it("sorts by action (plan order) and by lead department, groups kept together", async () => {
    const byAction = await titles({ sort: "action" });
    expect(byAction.slice(0, 3).sort()).toEqual(titlesOf("a", "b", "d").sort());
    expect((await titles({ sort: "action", order: "desc" })).slice(0, 2).sort()).toEqual(titlesOf("c", "e").sort());
    const leads = (await listTasks(office, { sort: "lead" })).items.map((task) => task.leadDepartment.id);
    const reversed = (await listTasks(office, { sort: "lead", order: "desc" })).items.map((task) => task.leadDepartment.id);
    expect(new Set(leads.slice(0, leads.indexOf(leads.at(-1)!))).size).toBe(1);
    expect(reversed[0]).toBe(leads.at(-1));
  });

  it("sorts by title and pages without gaps or repeats, also when the status is derived", async () => {
    const all = await titles({ sort: "title" });
    expect(await titles({ sort: "title", order: "desc" })).toEqual([...all].reverse());
    const pages = [];
    for (const page of [1, 2, 3]) {
      const result = await listTasks(office, { sort: "title", page, pageSize: 2 });
      expect(result.total).toBe(5);
      pages.push(...result.items.map((task) => task.title));
    }
    expect(pages).toEqual(all);
    const notCompleted = await listTasks(office, { overdue: false, sort: "status", page: 2, pageSize: 2 });
    expect(notCompleted.total).toBe(4);
    expect(notCompleted.items.map((task) => task.title)).toEqual(titlesOf("b", "d"));
  });
});

describe("bad parameters", () => {
  it("answers 422 with Chinese field errors", async () => {
    await expect(listTasks(office, { dueFrom: "2099-02-01", dueTo: "2099-01-01" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { dueFrom: ["开始日期不能晚于结束日期"] },
    });
    await expect(listTasks(office, { dueTo: "2099-02-30" })).rejects.toMatchObject({ fieldErrors: { dueTo: ["不是有效的日期"] } });
    await expect(listTasks(office, { dueFrom: "2099/01/01" })).rejects.toMatchObject({ fieldErrors: { dueFrom: ["日期格式应为 YYYY-MM-DD"] } });
    await expect(listTasks(office, { sort: "owner" as "title" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { sort: [expect.stringContaining("排序字段")] },
    });
  });

  it("takes the new parameters through GET /api/v1/tasks", async () => {
    const { token } = await createApiToken(office, { name: "任务列表", role: "CITY_ADMIN", expiresInDays: 7 });
    const get = (query: string) =>
      tasksRoute.GET(new NextRequest(`http://localhost/api/v1/tasks?${query}`, { headers: { authorization: `Bearer ${token}` } }), {
        params: Promise.resolve({}),
      } as never);
    const ok = await get(`q=${encodeURIComponent("公益广告")}&sort=deadline&order=desc`);
    expect(ok.status).toBe(200);
    expect((await ok.json()).items.map((task: { title: string }) => task.title)).toEqual(titlesOf("d", "b"));
    const bad = await get("dueFrom=2099-02-01&dueTo=2099-01-01");
    expect(bad.status).toBe(422);
    expect((await bad.json()).fieldErrors.dueFrom).toEqual(["开始日期不能晚于结束日期"]);
  });
});
