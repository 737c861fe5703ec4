"use server";
import { createSite } from "@/lib/server/sites/create-site";
import { deactivateSite } from "@/lib/server/sites/deactivate-site";
import { updateSite } from "@/lib/server/sites/update-site";
import type { CreateSiteInput, SiteVersionInput, UpdateSiteInput } from "@/lib/validation/sites";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createSiteAction(input: CreateSiteInput) {
  return refreshOnSuccess(await runAction((actor) => createSite(actor, input)));
}

export async function updateSiteAction(input: UpdateSiteInput) {
  return refreshOnSuccess(await runAction((actor) => updateSite(actor, input)));
}

export async function deactivateSiteAction(input: SiteVersionInput) {
  return refreshOnSuccess(await runAction((actor) => deactivateSite(actor, input)));
}
