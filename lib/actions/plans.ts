"use server";
import { createAnnualPlan } from "@/lib/server/plans/create-annual-plan";
import { createPlanAction } from "@/lib/server/plans/create-plan-action";
import { createThreeYearPlan } from "@/lib/server/plans/create-three-year-plan";
import { deletePlanAction } from "@/lib/server/plans/delete-plan-action";
import { movePlanAction } from "@/lib/server/plans/move-plan-action";
import { updateAnnualPlan } from "@/lib/server/plans/update-annual-plan";
import { updatePlanAction } from "@/lib/server/plans/update-plan-action";
import { updateThreeYearPlan } from "@/lib/server/plans/update-three-year-plan";
import type {
  CreateAnnualPlanInput,
  CreatePlanActionInput,
  CreateThreeYearPlanInput,
  DeletePlanActionInput,
  MovePlanActionInput,
  UpdateAnnualPlanInput,
  UpdatePlanActionInput,
  UpdateThreeYearPlanInput,
} from "@/lib/validation/plans";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createThreeYearPlanAction(input: CreateThreeYearPlanInput) {
  return refreshOnSuccess(await runAction((actor) => createThreeYearPlan(actor, input)));
}

export async function updateThreeYearPlanAction(input: UpdateThreeYearPlanInput) {
  return refreshOnSuccess(await runAction((actor) => updateThreeYearPlan(actor, input)));
}

export async function createAnnualPlanAction(input: CreateAnnualPlanInput) {
  return refreshOnSuccess(await runAction((actor) => createAnnualPlan(actor, input)));
}

export async function updateAnnualPlanAction(input: UpdateAnnualPlanInput) {
  return refreshOnSuccess(await runAction((actor) => updateAnnualPlan(actor, input)));
}

export async function createPlanActionAction(input: CreatePlanActionInput) {
  return refreshOnSuccess(await runAction((actor) => createPlanAction(actor, input)));
}

export async function updatePlanActionAction(input: UpdatePlanActionInput) {
  return refreshOnSuccess(await runAction((actor) => updatePlanAction(actor, input)));
}

export async function movePlanActionAction(input: MovePlanActionInput) {
  return refreshOnSuccess(await runAction((actor) => movePlanAction(actor, input)));
}

export async function deletePlanActionAction(input: DeletePlanActionInput) {
  return refreshOnSuccess(await runAction((actor) => deletePlanAction(actor, input)));
}
