"use server";
import { updateCitySettings } from "@/lib/server/city-settings/update-city-settings";
import { updateCycleWeights } from "@/lib/server/city-settings/update-cycle-weights";
import type { UpdateCitySettingsInput, UpdateCycleWeightsInput } from "@/lib/validation/city-settings";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function updateCitySettingsAction(input: UpdateCitySettingsInput) {
  return refreshOnSuccess(await runAction((actor) => updateCitySettings(actor, input)));
}

export async function updateCycleWeightsAction(input: UpdateCycleWeightsInput) {
  return refreshOnSuccess(await runAction((actor) => updateCycleWeights(actor, input)));
}
