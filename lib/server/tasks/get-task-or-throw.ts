import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import type { TaskRow } from "@/lib/validation/tasks";
import { taskRowInclude, toTaskRow } from "./task-row";
import { taskScopeWhere } from "./task-scope";

/** One live task; 404 outside the actor's scope (for a liaison: a task its department neither leads nor co-owns). */
export async function getTaskOrThrow(actor: Actor, id: string): Promise<TaskRow> {
  const scope = assertCan(actor, "read:task");
  const record = await db().task.findFirst({
    where: { AND: [{ id }, taskScopeWhere(actor, scope)] },
    include: taskRowInclude,
  });
  if (!record) throw notFound("任务");
  return toTaskRow(record, todayInShanghai());
}
