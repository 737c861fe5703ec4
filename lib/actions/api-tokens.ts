"use server";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import type { CreateApiTokenInput, RevokeApiTokenInput } from "@/lib/validation/api-tokens";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createApiTokenAction(input: CreateApiTokenInput) {
  return refreshOnSuccess(await runAction((actor) => createApiToken(actor, input)));
}

export async function revokeApiTokenAction(input: RevokeApiTokenInput) {
  return refreshOnSuccess(await runAction((actor) => revokeApiToken(actor, input)));
}
