import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getLiaisonHome } from "@/lib/server/tasks/get-liaison-home";
import { getTaskProgress } from "@/lib/server/tasks/get-task-progress";
import { getTaskHistory } from "@/lib/server/tasks/task-history";
import { createPlan } from "@/tests/factories/plan";
import { createTask } from "@/tests/factories/task";
import { ANY, CITY, OWN, PROVINCE, grants, type MatrixFixture, type MatrixRow } from "./types";

// The office and liaison views over tasks: "the record" is a fresh (dispatched) task the target
// department leads; a view that leaves it out has not found it.

const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN };

const ledBy = async (f: MatrixFixture) => {
  const { actions } = await createPlan(db(), { cityId: f.cityId });
  return createTask(db(), { actionId: actions[0].id, leadDepartmentId: f.departmentId });
};

const unseen = () => new AppError("NOT_FOUND", "not in the view", 404);

export const taskViewRows: MatrixRow[] = [
  {
    action: "task.history",
    run: async (actor, f) => getTaskHistory(actor, (await ledBy(f)).id),
    expect: grants(READERS),
  },
  {
    action: "task.progress",
    run: async (actor, f) => {
      const task = await ledBy(f);
      const progress = await getTaskProgress(actor, { q: task.title });
      if (progress.overall.total !== 1) throw unseen();
    },
    expect: grants(READERS),
  },
  {
    action: "task.liaison-home",
    run: async (actor, f) => {
      const task = await ledBy(f);
      const home = await getLiaisonHome(actor);
      if (!home.awaitingAcknowledgement.some((candidate) => candidate.id === task.id)) throw unseen();
    },
    expect: grants({ DEPARTMENT_LIAISON: OWN }),
  },
];
