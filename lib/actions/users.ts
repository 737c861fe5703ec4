"use server";
import { createUser } from "@/lib/server/users/create-user";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { updateUser } from "@/lib/server/users/update-user";
import type { CreateUserInput, UpdateUserInput, UserVersionInput } from "@/lib/validation/users";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createUserAction(input: CreateUserInput) {
  return refreshOnSuccess(await runAction((actor) => createUser(actor, input)));
}

export async function updateUserAction(input: UpdateUserInput) {
  return refreshOnSuccess(await runAction((actor) => updateUser(actor, input)));
}

export async function deactivateUserAction(input: UserVersionInput) {
  return refreshOnSuccess(await runAction((actor) => deactivateUser(actor, input)));
}

export async function reactivateUserAction(input: UserVersionInput) {
  return refreshOnSuccess(await runAction((actor) => reactivateUser(actor, input)));
}

export async function resetUserPasswordAction(input: UserVersionInput) {
  return refreshOnSuccess(await runAction((actor) => resetUserPassword(actor, input)));
}
