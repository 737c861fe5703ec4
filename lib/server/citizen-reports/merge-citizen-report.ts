import { isModeratable, reportStatusOfFinding } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { invalidInput } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { mergeReportInput, type ModerationResult } from "@/lib/validation/citizen-reports-office";
import { notModeratable } from "./accept-citizen-report";
import { getCitizenReportOrThrow } from "./get-citizen-report";
import { moveReport } from "./sync-reports-of-finding";

/**
 * 合并: the report joins a finding of its city that is not withdrawn (the same problem, already
 * known) and takes its state at once: open → ACCEPTED, with the department → RECTIFYING, verified
 * → RECTIFIED. From then on it follows that finding.
 */
export const mergeCitizenReport = defineUseCase({
  name: "citizen-report.merge",
  permission: "moderate:citizen-report",
  input: mergeReportInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<ModerationResult> => {
    const report = await getCitizenReportOrThrow(tx, actor, scope, input.id);
    if (!isModeratable(report.status)) throw notModeratable();
    const finding = await tx.finding.findFirst({ where: { id: input.findingId, cityId: report.cityId }, select: { id: true, status: true } });
    const status = finding ? reportStatusOfFinding(finding.status) : null;
    if (!finding || !status) throw invalidInput({ findingId: ["请选择本市一个未撤销的问题"] });
    await moveReport(tx, report, status, { findingId: finding.id, acceptedAt: new Date(), moderatedById: actor.kind === "user" ? actor.id : null });
    await audit({
      entityType: "CitizenReport",
      entityId: report.id,
      cityId: report.cityId,
      before: { status: report.status },
      after: { status, findingId: finding.id, merged: true },
    });
    return { id: report.id, status, findingId: finding.id };
  },
});
