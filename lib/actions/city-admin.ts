"use server";
import { createCity } from "@/lib/server/cities/create-city";
import { updateCity } from "@/lib/server/cities/update-city";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { markCycleCurrent } from "@/lib/server/cycles/mark-cycle-current";
import { createProvince } from "@/lib/server/provinces/create-province";
import { updateProvince } from "@/lib/server/provinces/update-province";
import type { CreateCycleInput, MarkCycleCurrentInput } from "@/lib/validation/cycles";
import type { CreateCityInput, CreateProvinceInput, UpdateCityInput, UpdateProvinceInput } from "@/lib/validation/provinces";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createProvinceAction(input: CreateProvinceInput) {
  return refreshOnSuccess(await runAction((actor) => createProvince(actor, input)));
}

export async function updateProvinceAction(input: UpdateProvinceInput) {
  return refreshOnSuccess(await runAction((actor) => updateProvince(actor, input)));
}

export async function createCityAction(input: CreateCityInput) {
  return refreshOnSuccess(await runAction((actor) => createCity(actor, input)));
}

export async function updateCityAction(input: UpdateCityInput) {
  return refreshOnSuccess(await runAction((actor) => updateCity(actor, input)));
}

export async function createCycleAction(input: CreateCycleInput) {
  return refreshOnSuccess(await runAction((actor) => createCycle(actor, input)));
}

export async function markCycleCurrentAction(input: MarkCycleCurrentInput) {
  return refreshOnSuccess(await runAction((actor) => markCycleCurrent(actor, input)));
}
