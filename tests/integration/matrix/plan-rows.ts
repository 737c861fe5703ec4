import { db } from "@/lib/db";
import { getCoverage } from "@/lib/server/coverage/get-coverage";
import { createAnnualPlan } from "@/lib/server/plans/create-annual-plan";
import { createPlanAction } from "@/lib/server/plans/create-plan-action";
import { createThreeYearPlan } from "@/lib/server/plans/create-three-year-plan";
import { deletePlanAction } from "@/lib/server/plans/delete-plan-action";
import { movePlanAction } from "@/lib/server/plans/move-plan-action";
import { updateAnnualPlan } from "@/lib/server/plans/update-annual-plan";
import { updatePlanAction } from "@/lib/server/plans/update-plan-action";
import { updateThreeYearPlan } from "@/lib/server/plans/update-three-year-plan";
import { exportTaskList } from "@/lib/server/tasks/export/export-task-list";
import { importTaskList } from "@/lib/server/tasks/import/import-task-list";
import { createCycle } from "@/tests/factories/cycle";
import { createPlan } from "@/tests/factories/plan";
import { uniqueSuffix } from "@/tests/factories/unique";
import { buildTaskListWorkbook } from "@/tests/fixtures/tasks/task-list-workbook";
import { ANY, CITY, PROVINCE, grants, type MatrixFixture, type MatrixRow } from "./types";

// Plans, task lists and coverage: "the record" is a fresh plan of the fixture's city; the
// imported task is led by the fixture's department.

const freshPlan = (f: MatrixFixture) => createPlan(db(), { cityId: f.cityId });

async function taskListFile(f: MatrixFixture, action: string) {
  const lead = await db().department.findUniqueOrThrow({ where: { id: f.departmentId }, select: { name: true } });
  const bytes = await buildTaskListWorkbook([{ action, title: `矩阵任务${uniqueSuffix()}`, lead: lead.name, deadline: "2026-12-31" }]);
  return { name: "矩阵.xlsx", bytes: new Uint8Array(bytes) };
}

const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY };

export const planRows: MatrixRow[] = [
  {
    action: "task.import",
    run: async (actor, f) => {
      const { annualPlan, actions } = await freshPlan(f);
      return importTaskList(actor, { file: await taskListFile(f, actions[0].name), annualPlanId: annualPlan.id });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.update",
    run: async (actor, f) => {
      const { threeYearPlan } = await freshPlan(f);
      return updateThreeYearPlan(actor, { id: threeYearPlan.id, version: threeYearPlan.version, title: `矩阵规划${uniqueSuffix()}` });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.delete-action",
    run: async (actor, f) => {
      const { actions } = await freshPlan(f);
      return deletePlanAction(actor, { id: actions[0].id, version: actions[0].version });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.create",
    run: async (actor, f) => createThreeYearPlan(actor, { cycleId: (await createCycle(db(), { cityId: f.cityId })).id, title: `矩阵规划${uniqueSuffix()}` }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.create-annual",
    run: async (actor, f) => {
      const { cycle, threeYearPlan } = await freshPlan(f);
      return createAnnualPlan(actor, { threeYearPlanId: threeYearPlan.id, year: cycle.startYear, title: `矩阵年度${uniqueSuffix()}` });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.update-annual",
    run: async (actor, f) => {
      const { annualPlan } = await freshPlan(f);
      return updateAnnualPlan(actor, { id: annualPlan.id, version: annualPlan.version, title: `矩阵年度${uniqueSuffix()}` });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.create-action",
    run: async (actor, f) => createPlanAction(actor, { annualPlanId: (await freshPlan(f)).annualPlan.id, name: `矩阵行动${uniqueSuffix()}` }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.update-action",
    run: async (actor, f) => {
      const { actions } = await freshPlan(f);
      return updatePlanAction(actor, { id: actions[0].id, version: actions[0].version, name: `矩阵行动${uniqueSuffix()}` });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "plan.move-action",
    run: async (actor, f) => {
      const { actions } = await createPlan(db(), { cityId: f.cityId, actions: [{ name: "第一项" }, { name: "第二项" }] });
      return movePlanAction(actor, { id: actions[0].id, version: actions[0].version, direction: "down" });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "coverage.read",
    run: (actor, f) => getCoverage(actor, { city: f.cityId }),
    expect: grants(READERS),
  },
  {
    action: "task.export",
    run: async (actor, f) => exportTaskList(actor, { city: f.cityId, annualPlan: (await freshPlan(f)).annualPlan.id }),
    expect: grants(READERS),
  },
];
