import { db } from "@/lib/db";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import { createDepartment } from "@/tests/factories/department";
import { createPlan } from "@/tests/factories/plan";
import { createTask } from "@/tests/factories/task";
import { taskWriteRows } from "./task-write-rows";
import { ANY, CITY, OWN, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// Tasks: "the record" is a fresh task the target department leads (or, in one row, co-owns).
// Each city gets one plan action that its fresh tasks share.

const actions = new Map<string, Promise<string>>();

function actionOf(cityId: string): Promise<string> {
  if (!actions.has(cityId))
    actions.set(
      cityId,
      createPlan(db(), { cityId }).then(({ actions: [action] }) => action.id),
    );
  return actions.get(cityId)!;
}

const ledBy = async (f: MatrixFixture) => createTask(db(), { actionId: await actionOf(f.cityId), leadDepartmentId: f.departmentId });

const coOwnedBy = async (f: MatrixFixture) => {
  const lead = await createDepartment(db(), { cityId: f.cityId });
  return createTask(db(), { actionId: await actionOf(f.cityId), leadDepartmentId: lead.id, coDepartmentIds: [f.departmentId] });
};

const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN };

export const taskRows: MatrixRow[] = [
  {
    action: "task.read",
    run: async (actor, f) => getTaskOrThrow(actor, (await ledBy(f)).id),
    expect: grants(READERS),
  },
  {
    action: "task.read (as co-department)",
    run: async (actor, f) => getTaskOrThrow(actor, (await coOwnedBy(f)).id),
    expect: grants(READERS),
  },
  {
    action: "task.list",
    run: async (actor, f) => {
      const task = await ledBy(f);
      assertListed((await listTasks(actor, { action: task.actionId, pageSize: 500 })).items, task.id);
    },
    expect: grants(READERS),
  },
  ...taskWriteRows,
];
