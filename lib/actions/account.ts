"use server";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import type { ChangeOwnPasswordInput } from "@/lib/validation/users";
import { runAction } from "./run-action";

export async function changeOwnPasswordAction(input: ChangeOwnPasswordInput) {
  return runAction((actor) => changeOwnPassword(actor, input));
}

export async function signOutEverywhereAction() {
  return runAction((actor) => signOutEverywhere(actor, {}));
}
