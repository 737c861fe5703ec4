import { reportStatusOfFinding, reportTimesFor } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CitizenReportStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/tx";
import { countReportTransition } from "./report-counts";

type MovingReport = { id: string; cityId: string; status: CitizenReportStatus };

/**
 * Moves a report from the status it was read in to `to` in the caller's transaction, with its
 * times (RECTIFIED and REJECTED close it; any other status clears them) and the city's public
 * figures. Someone else moved it first: 409, and nothing is written.
 */
export async function moveReport(tx: Tx, report: MovingReport, to: CitizenReportStatus, data: Prisma.CitizenReportUncheckedUpdateManyInput = {}) {
  const at = new Date();
  const { count } = await tx.citizenReport.updateMany({
    where: { id: report.id, status: report.status },
    data: { ...reportTimesFor(to, at), ...data, status: to, statusAt: at, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("INVALID_STATE", "该报告的状态已被他人修改，请刷新后重试。", 409);
  await countReportTransition(tx, report.cityId, report.status, to);
}

/**
 * Inside a finding use case's transaction, after the finding's status changed: every report it
 * was made from or joined takes the finding's state (dispatched → RECTIFYING, verified →
 * RECTIFIED, reopened → RECTIFYING again), and a withdrawn finding sends them back to the queue.
 * Returns how many reports moved.
 */
export async function syncReportsOfFinding(tx: Tx, findingId: string): Promise<number> {
  return syncReportsOfFindings(tx, [findingId]);
}

/** The same for many findings at once (a bulk dispatch): one query when none of them has a report. */
export async function syncReportsOfFindings(tx: Tx, findingIds: readonly string[]): Promise<number> {
  if (findingIds.length === 0) return 0;
  const reports = await tx.citizenReport.findMany({
    where: { findingId: { in: [...findingIds] }, status: { in: ["ACCEPTED", "RECTIFYING", "RECTIFIED"] } },
    select: { id: true, cityId: true, status: true, findingId: true },
  });
  if (reports.length === 0) return 0;
  const findings = await tx.finding.findMany({
    where: { id: { in: [...new Set(reports.map((report) => report.findingId!))] } },
    select: { id: true, status: true },
  });
  const statusOf = new Map(findings.map((finding) => [finding.id, finding.status]));
  let moved = 0;
  for (const report of reports) {
    const target = reportStatusOfFinding(statusOf.get(report.findingId!)!);
    if (target === null) {
      await moveReport(tx, report, "RECEIVED", { findingId: null, acceptedAt: null, moderatedById: null });
    } else if (report.status !== target) {
      await moveReport(tx, report, target);
    } else continue;
    moved += 1;
  }
  return moved;
}
