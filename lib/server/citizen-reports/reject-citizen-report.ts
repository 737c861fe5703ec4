import { isModeratable } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { defineUseCase } from "@/lib/server/use-case";
import { rejectReportInput, type ModerationResult } from "@/lib/validation/citizen-reports-office";
import { notModeratable } from "./accept-citizen-report";
import { getCitizenReportOrThrow } from "./get-citizen-report";
import { moveReport } from "./sync-reports-of-finding";

/** 驳回: the report is closed with a reason the reporter reads on the tracking page. */
export const rejectCitizenReport = defineUseCase({
  name: "citizen-report.reject",
  permission: "moderate:citizen-report",
  input: rejectReportInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<ModerationResult> => {
    const report = await getCitizenReportOrThrow(tx, actor, scope, input.id);
    if (!isModeratable(report.status)) throw notModeratable();
    await moveReport(tx, report, "REJECTED", { rejectionReason: input.reason, moderatedById: actor.kind === "user" ? actor.id : null });
    await audit({
      entityType: "CitizenReport",
      entityId: report.id,
      cityId: report.cityId,
      before: { status: report.status },
      after: { status: "REJECTED", reason: input.reason },
    });
    return { id: report.id, status: "REJECTED", findingId: null };
  },
});
