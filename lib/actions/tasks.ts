"use server";
import { acknowledgeTask } from "@/lib/server/tasks/acknowledge-task";
import { createTask } from "@/lib/server/tasks/create-task";
import { deleteTask } from "@/lib/server/tasks/delete-task";
import { dispatchTasks } from "@/lib/server/tasks/dispatch-tasks";
import { remindTasks } from "@/lib/server/tasks/remind-tasks";
import { reopenTask } from "@/lib/server/tasks/reopen-task";
import { requestTaskChange } from "@/lib/server/tasks/request-task-change";
import { signOffTask } from "@/lib/server/tasks/sign-off-task";
import { updateTask } from "@/lib/server/tasks/update-task";
import type { CreateTaskInput, TaskChangeRequestInput, TaskIdsInput, TaskVersionInput, UpdateTaskInput } from "@/lib/validation/task-changes";
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

export async function createTaskAction(input: CreateTaskInput) {
  return refreshOnSuccess(await runAction((actor) => createTask(actor, input)));
}

export async function updateTaskAction(input: UpdateTaskInput) {
  return refreshOnSuccess(await runAction((actor) => updateTask(actor, input)));
}

export async function deleteTaskAction(input: TaskVersionInput) {
  return refreshOnSuccess(await runAction((actor) => deleteTask(actor, input)));
}

export async function acknowledgeTaskAction(input: TaskVersionInput) {
  return refreshOnSuccess(await runAction((actor) => acknowledgeTask(actor, input)));
}

export async function requestTaskChangeAction(input: TaskChangeRequestInput) {
  return refreshOnSuccess(await runAction((actor) => requestTaskChange(actor, input)));
}

export async function signOffTaskAction(input: TaskVersionInput) {
  return refreshOnSuccess(await runAction((actor) => signOffTask(actor, input)));
}

export async function reopenTaskAction(input: TaskVersionInput) {
  return refreshOnSuccess(await runAction((actor) => reopenTask(actor, input)));
}
