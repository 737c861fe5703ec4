"use server";
import { adoptEdition } from "@/lib/server/indicators/city/adopt-edition";
import { createLocalCriterion } from "@/lib/server/indicators/city/create-local-criterion";
import { deleteLocalCriterion } from "@/lib/server/indicators/city/delete-local-criterion";
import { mapDepartmentName } from "@/lib/server/indicators/city/map-department-name";
import { updateCriterionLocalization } from "@/lib/server/indicators/city/update-criterion-localization";
import type {
  AdoptEditionInput,
  CreateLocalCriterionInput,
  DeleteLocalCriterionInput,
  MapDepartmentNameInput,
  UpdateCriterionLocalizationInput,
} from "@/lib/validation/indicator-localization";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function adoptEditionAction(input: AdoptEditionInput) {
  return refreshOnSuccess(await runAction((actor) => adoptEdition(actor, input)));
}

export async function mapDepartmentNameAction(input: MapDepartmentNameInput) {
  return refreshOnSuccess(await runAction((actor) => mapDepartmentName(actor, input)));
}

export async function updateCriterionLocalizationAction(input: UpdateCriterionLocalizationInput) {
  return refreshOnSuccess(await runAction((actor) => updateCriterionLocalization(actor, input)));
}

export async function createLocalCriterionAction(input: CreateLocalCriterionInput) {
  return refreshOnSuccess(await runAction((actor) => createLocalCriterion(actor, input)));
}

export async function deleteLocalCriterionAction(input: DeleteLocalCriterionInput) {
  return refreshOnSuccess(await runAction((actor) => deleteLocalCriterion(actor, input)));
}
