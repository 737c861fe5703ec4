"use server";
import { dispatchTasks } from "@/lib/server/tasks/dispatch-tasks";
import { remindTasks } from "@/lib/server/tasks/remind-tasks";
import type { TaskIdsInput } from "@/lib/validation/task-changes";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

/** 交办 (bulk): `{ count, skipped: [{ id, reason }] }`. */
export async function dispatchTasksAction(input: TaskIdsInput) {
  return refreshOnSuccess(await runAction((actor) => dispatchTasks(actor, input)));
}

/** 催办 (bulk): `{ count, notified, skipped }`. */
export async function remindTasksAction(input: TaskIdsInput) {
  return refreshOnSuccess(await runAction((actor) => remindTasks(actor, input)));
}
