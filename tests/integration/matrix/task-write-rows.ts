import { db } from "@/lib/db";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { AppError } from "@/lib/errors";
import type { DispatchStatus } from "@/lib/generated/prisma/enums";
import { generateReminderLetter } from "@/lib/server/letters/generate-reminder-letter";
import { acknowledgeTask } from "@/lib/server/tasks/acknowledge-task";
import { createTask as createTaskUseCase } from "@/lib/server/tasks/create-task";
import { deleteTask } from "@/lib/server/tasks/delete-task";
import { dispatchTasks } from "@/lib/server/tasks/dispatch-tasks";
import { remindTasks } from "@/lib/server/tasks/remind-tasks";
import { reopenTask } from "@/lib/server/tasks/reopen-task";
import { requestTaskChange } from "@/lib/server/tasks/request-task-change";
import { signOffTask } from "@/lib/server/tasks/sign-off-task";
import { updateTask } from "@/lib/server/tasks/update-task";
import { createDepartment } from "@/tests/factories/department";
import { createPlan } from "@/tests/factories/plan";
import { createTask } from "@/tests/factories/task";
import { CITY, OWN, grants, type MatrixFixture, type MatrixRow } from "./types";

// Task writes, dispatch and the reminder letter: "the record" is a fresh task the target
// department leads (a draft or dispatched as each write needs), in the target's city.

const actions = new Map<string, Promise<string>>();
function actionOf(cityId: string): Promise<string> {
  if (!actions.has(cityId))
    actions.set(
      cityId,
      createPlan(db(), { cityId }).then(({ actions: [action] }) => action.id),
    );
  return actions.get(cityId)!;
}

const ledBy = async (f: MatrixFixture, dispatchStatus: DispatchStatus, deadline = "2099-12-31", completedAt: Date | null = null) =>
  createTask(db(), { actionId: await actionOf(f.cityId), leadDepartmentId: f.departmentId, dispatchStatus, deadline, completedAt });

/** A bulk write skips what it cannot reach; for the matrix a skipped record was not found. */
async function reached(run: Promise<{ count: number }>) {
  if ((await run).count !== 1) throw new AppError("NOT_FOUND", "skipped", 404);
}

const OFFICE = { CITY_ADMIN: CITY };

export const taskWriteRows: MatrixRow[] = [
  {
    action: "task.create",
    run: async (actor, f) =>
      createTaskUseCase(actor, {
        actionId: await actionOf(f.cityId),
        title: "矩阵任务",
        leadDepartmentId: f.departmentId,
        deadline: "2099-12-31",
      }),
    expect: grants(OFFICE),
  },
  {
    action: "task.update",
    run: async (actor, f) => updateTask(actor, { id: (await ledBy(f, "DRAFT")).id, version: 1, title: "改名" }),
    expect: grants(OFFICE),
  },
  {
    action: "task.dispatch",
    run: async (actor, f) => reached(dispatchTasks(actor, { ids: [(await ledBy(f, "DRAFT")).id] })),
    expect: grants(OFFICE),
  },
  {
    action: "task.remind",
    run: async (actor, f) => reached(remindTasks(actor, { ids: [(await ledBy(f, "DISPATCHED")).id] })),
    expect: grants(OFFICE),
  },
  {
    action: "task.acknowledge",
    run: async (actor, f) => acknowledgeTask(actor, { id: (await ledBy(f, "DISPATCHED")).id, version: 1 }),
    expect: grants({ DEPARTMENT_LIAISON: OWN }),
  },
  {
    action: "task.acknowledge (as co-department)",
    run: async (actor, f) => {
      const lead = await createDepartment(db(), { cityId: f.cityId });
      const task = await createTask(db(), {
        actionId: await actionOf(f.cityId),
        leadDepartmentId: lead.id,
        coDepartmentIds: [f.departmentId],
        dispatchStatus: "DISPATCHED",
      });
      return acknowledgeTask(actor, { id: task.id, version: 1 });
    },
    expect: grants({ DEPARTMENT_LIAISON: { ...OWN, own: "forbidden" } }),
  },
  {
    action: "task.request-change",
    run: async (actor, f) => requestTaskChange(actor, { id: (await ledBy(f, "DISPATCHED")).id, version: 1, reason: "请调整完成时限" }),
    expect: grants({ DEPARTMENT_LIAISON: OWN }),
  },
  {
    action: "task.sign-off",
    run: async (actor, f) => signOffTask(actor, { id: (await ledBy(f, "DISPATCHED")).id, version: 1 }),
    expect: grants(OFFICE),
  },
  {
    action: "task.delete",
    run: async (actor, f) => deleteTask(actor, { id: (await ledBy(f, "DRAFT")).id, version: 1 }),
    expect: grants(OFFICE),
  },
  {
    action: "task.reopen",
    run: async (actor, f) => reopenTask(actor, { id: (await ledBy(f, "ACKNOWLEDGED", "2099-12-31", new Date())).id, version: 1 }),
    expect: grants(OFFICE),
  },
  {
    action: "department.reminder-letter",
    run: async (actor, f) => {
      await ledBy(f, "DISPATCHED", addDays(todayInShanghai(), -1));
      return generateReminderLetter(actor, { departmentId: f.departmentId });
    },
    expect: grants(OFFICE),
  },
];
