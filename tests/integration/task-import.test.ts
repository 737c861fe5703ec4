import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { occurrencesOfYear } from "@/lib/domain/tasks/occurrences";
import { importTaskList } from "@/lib/server/tasks/import/import-task-list";
import { createDepartment } from "@/tests/factories/department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { buildTaskListWorkbook, sampleTaskRows, type TaskListFixtureRow } from "@/tests/fixtures/tasks/task-list-workbook";
import { createTaskWorld, currentYear, type TaskWorld } from "@/tests/fixtures/tasks/task-world";

// A hook between the file's check (outside the transaction) and the write, to change the city in between.
const between = vi.hoisted(() => ({ checkAndWrite: undefined as undefined | (() => Promise<unknown>) }));
vi.mock("@/lib/server/tasks/import/analyse-task-list-file", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/tasks/import/analyse-task-list-file")>();
  return {
    ...original,
    checkTaskListFile: async (...args: Parameters<typeof original.checkTaskListFile>) => {
      const rows = await original.checkTaskListFile(...args);
      await between.checkAndWrite?.();
      return rows;
    },
  };
});

let s: CityScenario;
let world: TaskWorld;

beforeAll(async () => {
  s = await createCityScenario(db());
  world = await createTaskWorld(db(), s.cityA.id);
});

const fileOf = async (rows: TaskListFixtureRow[], name = "任务清单.xlsx") => ({ name, bytes: new Uint8Array(await buildTaskListWorkbook(rows)) });
const tasksOfPlan = () =>
  db().task.findMany({
    where: { action: { annualPlanId: world.annualPlan.id } },
    include: { action: true, coDepartments: true, criteria: true, occurrences: true },
    orderBy: { sortOrder: "asc" },
  });

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(422);
  return ((error as AppError).details as { errors: Array<{ sheet: string; row: number | null; column: string | null; message: string }> }).errors;
}

describe("importing a task list", () => {
  it("previews without writing: counts, tasks per action, new actions and the first rows", async () => {
    const preview = await importTaskList(s.actors.cityAdminA, { file: await fileOf(sampleTaskRows("（预览）")), dryRun: true });
    expect(preview).toMatchObject({
      annualPlan: { id: world.annualPlan.id, year: currentYear() },
      counts: { tasks: 7, newActions: 1, departments: 12 },
      actions: [
        { name: "市容环境整治行动", isNew: false, tasks: 2 },
        { name: "公益广告提质行动", isNew: false, tasks: 2 },
        { name: "新时代文明实践行动", isNew: false, tasks: 2 },
        { name: "校园周边环境治理专项行动", isNew: true, tasks: 1 },
      ],
      newActionNames: ["校园周边环境治理专项行动"],
    });
    expect(preview.rows[0]).toEqual({
      row: 2,
      action: "市容环境整治行动",
      isNewAction: false,
      title: "主次干道占道经营集中整治（预览）",
      leadDepartment: "市城管局",
      coDepartments: ["市市场监管局", "雄关街道办事处"],
      responsiblePerson: "王建国",
      deadline: "2026-06-30",
      recurrence: "NONE",
      criteria: ["C02-01-1"],
    });
    expect(await tasksOfPlan()).toEqual([]);
  });

  it("writes every task as a draft with co-departments, criteria, occurrences and new actions, and audits once", async () => {
    const result = await importTaskList(s.actors.cityAdminA, { file: await fileOf(sampleTaskRows()) });
    expect(result).toEqual({ annualPlanId: world.annualPlan.id, created: 7, actionsCreated: 1 });
    const tasks = await tasksOfPlan();
    expect(tasks.map((task) => task.title)).toHaveLength(7);
    expect(tasks.every((task) => task.dispatchStatus === "DRAFT" && task.cityId === s.cityA.id)).toBe(true);
    const byTitle = new Map(tasks.map((task) => [task.title, task]));
    const first = byTitle.get("主次干道占道经营集中整治")!;
    expect(first).toMatchObject({
      leadDepartmentId: world.departmentId("市城管局"),
      responsiblePerson: "王建国",
      recurrence: "NONE",
      target: "主次干道占道经营问题清零",
    });
    expect(first.deadline?.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(first.coDepartments.map((co) => co.departmentId).sort()).toEqual([world.departmentId("市市场监管局"), world.departmentId("雄关街道办事处")].sort());
    expect(first.criteria.map((c) => c.criterionId)).toEqual([world.criterionId("C02-01-1")]);
    expect(
      byTitle
        .get("公交站点公益广告更新")!
        .criteria.map((c) => c.criterionId)
        .sort(),
    ).toEqual([world.criterionId("C02-01-2"), world.criterionId("C02-01-3")].sort());
    const weekly = byTitle.get("背街小巷环境卫生周巡查")!;
    expect(weekly).toMatchObject({ recurrence: "WEEKLY", deadline: null });
    expect(weekly.occurrences).toHaveLength(occurrencesOfYear("WEEKLY", currentYear()).length);
    expect(byTitle.get("实践站活动计划公示")!.occurrences).toHaveLength(4);
    expect(byTitle.get("建筑工地围挡公益广告检查")!.occurrences).toHaveLength(12);
    const created = byTitle.get("校园周边无证摊点清理")!;
    expect(created.action).toMatchObject({ name: "校园周边环境治理专项行动", annualPlanId: world.annualPlan.id, sortOrder: 3 });
    // File order within an action.
    expect(tasks.filter((task) => task.action.name === "市容环境整治行动").map((task) => task.title)).toEqual([
      "主次干道占道经营集中整治",
      "背街小巷环境卫生周巡查",
    ]);
    const audit = await db().auditLog.findMany({ where: { action: "task.import", entityId: world.annualPlan.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "AnnualPlan", cityId: s.cityA.id, after: expect.objectContaining({ tasks: 7, actionsCreated: 1 }) });
  });

  it("refuses the same list a second time, naming every repeated task", async () => {
    const problems = await problemsOf(importTaskList(s.actors.cityAdminA, { file: await fileOf(sampleTaskRows()) }));
    expect(problems).toHaveLength(7);
    expect(problems[0]).toEqual({ sheet: "任务清单", row: 2, column: "任务名称", message: expect.stringContaining("请勿重复导入") });
    expect(await tasksOfPlan()).toHaveLength(7);
  });

  it("reports every mistake of a file with its row and column, and writes nothing", async () => {
    const before = await db().task.count({ where: { cityId: s.cityA.id } });
    const actionsBefore = await db().planAction.count({ where: { annualPlanId: world.annualPlan.id } });
    const rows: TaskListFixtureRow[] = [
      { action: "新的行动甲", title: "正确的任务", lead: "市城管局", deadline: "2026-12-31" },
      { action: "市容环境整治行动", title: "单位写错", lead: "城管", co: "市住建局、住建", deadline: "2026-12-31" },
      { action: "市容环境整治行动", title: "简称不对", lead: "城市管理局", deadline: "2026-12-31" },
      { action: "市容环境整治行动", title: "日期错", lead: "市城管局", deadline: "2026-02-30" },
      { action: "市容环境整治行动", title: "两者都填", lead: "市城管局", deadline: "2026-12-31", recurrence: "每月" },
      { action: "市容环境整治行动", title: "都不填", lead: "市城管局" },
      { action: "市容环境整治行动", title: "编码错", lead: "市城管局", recurrence: "每年", criteria: "C02-01-1、X-99" },
      { action: "新的行动甲", title: "正确的任务", lead: "市城管局", co: "市城管局", deadline: "2026-12-31" },
      { title: "无行动", lead: "市城管局", deadline: "2026-12-31" },
    ];
    const problems = await problemsOf(importTaskList(s.actors.cityAdminA, { file: await fileOf(rows), dryRun: false }));
    expect(problems.map(({ row, column, message }) => `${row}|${column}|${message}`)).toEqual([
      "3|牵头单位|牵头单位“城管”不在本市单位名单中。您是不是要填“市城管局”？",
      "3|配合单位|配合单位“住建”不在本市单位名单中。您是不是要填“市住建局”？",
      "4|牵头单位|牵头单位“城市管理局”不在本市单位名单中。您是不是要填“市城管局”？",
      "5|完成时限|完成时限“2026-02-30”不是有效日期，请填写日期，如 2026-06-30、2026/6/30 或 2026年6月30日。",
      "6|周期|完成时限和周期只能填写一项：一次性任务填完成时限，经常性任务填周期。",
      "7|完成时限|请填写完成时限或周期（二选一）。",
      "8|周期|周期“每年”无法识别，请填写 每周、每月 或 每季度。",
      "8|对应测评标准编码|测评标准编码“X-99”不在本市采用的测评体系中（也不是本市的本地标准）。",
      "9|配合单位|牵头单位“市城管局”不应同时列为配合单位。",
      "9|任务名称|与第 2 行重复：同一行动“新的行动甲”下已有任务“正确的任务”。",
      "10|行动|请填写行动。",
    ]);
    expect(await db().task.count({ where: { cityId: s.cityA.id } })).toBe(before);
    expect(await db().planAction.count({ where: { annualPlanId: world.annualPlan.id } })).toBe(actionsBefore);
  });

  it("matches a short name ('城管' is not one, '城管局' is), and says .xls must be saved as .xlsx", async () => {
    const preview = await importTaskList(s.actors.cityAdminA, {
      file: await fileOf([{ action: "市容环境整治行动", title: "简称匹配", lead: "城管局", deadline: "2026-12-31" }]),
      dryRun: true,
    });
    expect(preview.rows[0].leadDepartment).toBe("市城管局");
    const xls = await problemsOf(
      importTaskList(s.actors.cityAdminA, { file: { name: "清单.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) } }),
    );
    expect(xls[0].message).toContain("另存为");
  });

  it("imports into a chosen annual plan of the city, and refuses another city's plan or a non-office actor", async () => {
    const { createPlan } = await import("@/tests/factories/plan");
    const next = await createPlan(db(), { cycleId: world.cycle.id, year: currentYear() + 1, actions: [{ name: "下一年行动" }] });
    const result = await importTaskList(s.actors.cityAdminA, {
      file: await fileOf([{ action: "下一年行动", title: "下一年的任务", lead: "市文明办", recurrence: "每季度" }]),
      annualPlanId: next.annualPlan.id,
    });
    expect(result).toMatchObject({ annualPlanId: next.annualPlan.id, created: 1, actionsCreated: 0 });
    const occurrences = await db().taskOccurrence.findMany({ where: { task: { actionId: next.actions[0].id } }, orderBy: { periodStart: "asc" } });
    expect(occurrences[0].periodStart.toISOString().slice(0, 10)).toBe(`${currentYear() + 1}-01-01`);
    const file = await fileOf([{ action: "甲", title: "乙", lead: "市文明办", deadline: "2026-12-31" }]);
    await expect(importTaskList(s.actors.cityAdminB, { file, annualPlanId: world.annualPlan.id })).rejects.toMatchObject({ status: 404 });
    await expect(importTaskList(s.actors.liaisonA1, { file })).rejects.toMatchObject({ status: 403 });
    await expect(importTaskList(s.actors.inspectorA, { file })).rejects.toMatchObject({ status: 403 });
  });

  it("checks the rows again when writing: a department deleted since the check refuses the whole list", async () => {
    const gone = await createDepartment(db(), { cityId: s.cityA.id, name: `将撤销的局${Date.now()}` });
    const file = await fileOf([
      { action: "市容环境整治行动", title: "撤销前检查的任务", lead: gone.name, deadline: "2026-12-31" },
      { action: "市容环境整治行动", title: "另一项任务", lead: "市文明办", deadline: "2026-12-31" },
    ]);
    between.checkAndWrite = () => db().department.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    const problems = await problemsOf(importTaskList(s.actors.cityAdminA, { file })).finally(() => (between.checkAndWrite = undefined));
    expect(problems).toEqual([{ sheet: "任务清单", row: 2, column: "牵头单位", message: `单位“${gone.name}”已不在本市单位名单中。` }]);
    expect(await db().task.count({ where: { title: "另一项任务", cityId: s.cityA.id } })).toBe(0);
  });
});
