import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { getTaskProgress } from "@/lib/server/tasks/get-task-progress";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createUser } from "@/tests/factories/user";

// The office list must stay fast with 5,000 tasks (issue 4): a fresh city holds exactly these.
const TASKS = 5000;
let s: CityScenario;

beforeAll(async () => {
  s = await createCityScenario(db());
  const { actions } = await createPlan(db(), { cityId: s.cityA.id, actions: Array.from({ length: 8 }, (_, i) => ({ name: `行动${i + 1}` })) });
  const departments = [s.departmentA1.id, s.departmentA2.id];
  await db().task.createMany({
    data: Array.from({ length: TASKS }, (_, i) => ({
      cityId: s.cityA.id, actionId: actions[i % 8].id, leadDepartmentId: departments[i % 2], title: `规模任务${String(i).padStart(4, "0")}`,
      deadline: parseBusinessDate(addDays("2020-01-01", i % 4000)), dispatchStatus: "DISPATCHED" as const, sortOrder: i,
      completedAt: i % 5 === 0 ? new Date() : null,
    })),
  });
  const writer = (await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id })).user.id;
  const tasks = await db().task.findMany({ where: { cityId: s.cityA.id }, select: { id: true, leadDepartmentId: true }, take: 2000, orderBy: { id: "asc" } });
  await db().ledgerEntry.createMany({
    data: tasks.map((task, i) => ({
      cityId: s.cityA.id, taskId: task.id, departmentId: task.leadDepartmentId, effectiveDate: parseBusinessDate("2026-03-01"),
      text: "台账", reviewStatus: (["PENDING", "ACCEPTED", "RETURNED"] as const)[i % 3], createdById: writer,
    })),
  });
}, 120_000);

const timed = async <T>(fn: () => Promise<T>) => {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
};

describe("5,000 tasks", () => {
  it("pages in SQL when the status is not needed", async () => {
    const { result, ms } = await timed(() => listTasks(s.actors.cityAdminA, { sort: "title", order: "desc", page: 3, pageSize: 50 }));
    expect(result.total).toBe(TASKS);
    expect(result.items[0].title).toBe("规模任务4899");
    expect(ms).toBeLessThan(3000);
  });

  it("derives, sorts and pages by status from the status facts only", async () => {
    const { result, ms } = await timed(() => listTasks(s.actors.cityAdminA, { sort: "status", page: 2, pageSize: 50 }));
    expect(result.total).toBe(TASKS);
    expect(result.items.every((task) => task.status === "OVERDUE")).toBe(true);
    expect(ms).toBeLessThan(6000);
  });

  it("rolls up all of them", async () => {
    const { result, ms } = await timed(() => getTaskProgress(s.actors.cityAdminA));
    expect(result.overall).toMatchObject({ total: TASKS, completed: 1000, arithmetic: "1000 / 5000 = 20.0%" });
    expect(result.byAction).toHaveLength(8);
    expect(ms).toBeLessThan(6000);
  });
});
