import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { taskScopeWhere } from "./task-scope";

export type TaskFilterOptions = { actions: { id: string; name: string }[]; departments: { id: string; name: string }[] };

/** The actions and departments (lead or co-owner) that have tasks in the actor's scope: the choices of the task filters. */
export async function listTaskFilterOptions(actor: Actor): Promise<TaskFilterOptions> {
  const scope = assertCan(actor, "read:task");
  const inScope = taskScopeWhere(actor, scope);
  const [actions, departments] = await Promise.all([
    db().planAction.findMany({
      where: { deletedAt: null, tasks: { some: inScope } },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
    db().department.findMany({
      where: { OR: [{ ledTasks: { some: inScope } }, { coTasks: { some: { task: inScope } } }] },
      select: { id: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
  ]);
  return { actions, departments };
}
