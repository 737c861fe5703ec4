import type { TaskListContext } from "@/lib/domain/tasks/task-list-context";
import { loadCityCriteria } from "@/lib/server/coverage/city-criteria";
import type { Tx } from "@/lib/server/tx";

/** What a task list of `annualPlanId` is checked against (the city's actions, departments and criteria). */
export async function loadTaskListContext(client: Tx, cityId: string, annualPlanId: string): Promise<TaskListContext> {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const actions = await client.planAction.findMany({
    where: { annualPlanId, deletedAt: null },
    select: { id: true, name: true, tasks: { where: { deletedAt: null }, select: { title: true } } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  });
  const departments = await client.department.findMany({
    where: { cityId, deletedAt: null },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const { editionId, criteria } = await loadCityCriteria(client, cityId);
  return {
    actions: actions.map(({ id, name, tasks }) => ({ id, name, titles: tasks.map((task) => task.title) })),
    departments,
    criteria: editionId ? new Map(criteria.filter((c) => !c.isExcluded).map((c) => [c.code, c.id])) : null,
    excludedCodes: new Set(criteria.filter((c) => c.isExcluded).map((c) => c.code)),
  };
}
