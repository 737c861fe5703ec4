"use server";
import { createDepartment } from "@/lib/server/departments/create-department";
import { deleteDepartment } from "@/lib/server/departments/delete-department";
import { restoreDepartment } from "@/lib/server/departments/restore-department";
import { updateDepartment } from "@/lib/server/departments/update-department";
import type { CreateDepartmentInput, DepartmentVersionInput, UpdateDepartmentInput } from "@/lib/validation/departments";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createDepartmentAction(input: CreateDepartmentInput) {
  return refreshOnSuccess(await runAction((actor) => createDepartment(actor, input)));
}

export async function updateDepartmentAction(input: UpdateDepartmentInput) {
  return refreshOnSuccess(await runAction((actor) => updateDepartment(actor, input)));
}

export async function deleteDepartmentAction(input: DepartmentVersionInput) {
  return refreshOnSuccess(await runAction((actor) => deleteDepartment(actor, input)));
}

export async function restoreDepartmentAction(input: DepartmentVersionInput) {
  return refreshOnSuccess(await runAction((actor) => restoreDepartment(actor, input)));
}
