"use server";
import { acceptCitizenReport } from "@/lib/server/citizen-reports/accept-citizen-report";
import { mergeCitizenReport } from "@/lib/server/citizen-reports/merge-citizen-report";
import { rejectCitizenReport } from "@/lib/server/citizen-reports/reject-citizen-report";
import { createReportCategory } from "@/lib/server/report-categories/create-report-category";
import { updateReportCategory } from "@/lib/server/report-categories/update-report-category";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

// 文明随手拍, the office's decisions and the city's report categories, from the screens.

export async function acceptReportAction(input: { id: string; departmentId: string; criterionId?: string; dueDate?: string }) {
  return refreshOnSuccess(await runAction((actor) => acceptCitizenReport(actor, input)));
}

export async function mergeReportAction(input: { id: string; findingId: string }) {
  return refreshOnSuccess(await runAction((actor) => mergeCitizenReport(actor, input)));
}

export async function rejectReportAction(input: { id: string; reason: string }) {
  return refreshOnSuccess(await runAction((actor) => rejectCitizenReport(actor, input)));
}

export async function createReportCategoryAction(input: { name: string; criterionId?: string | null }) {
  return refreshOnSuccess(await runAction((actor) => createReportCategory(actor, input)));
}

export async function updateReportCategoryAction(input: { id: string; version: number; name?: string; criterionId?: string | null; archived?: boolean }) {
  return refreshOnSuccess(await runAction((actor) => updateReportCategory(actor, input)));
}
