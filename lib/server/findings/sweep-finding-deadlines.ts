import { addDays, formatBusinessDate, parseBusinessDate } from "@/lib/domain/dates";
import { FINDING_DUE_SOON_DAYS } from "@/lib/domain/findings/group-for-department";
import type { DailySweep } from "@/lib/server/deadlines/daily-sweep";
import { notifyDepartmentsInBulk, type NotificationDraft } from "@/lib/server/notifications/notify";
import type { Tx } from "@/lib/server/tx";
import { findingDueSoonNotice, findingOverdueNotice } from "./finding-notices";

/**
 * Finding deadlines for one city on `today` (YYYY-MM-DD, Asia/Shanghai): FINDING_DUE_SOON for a
 * due date from today to today+3, FINDING_OVERDUE for one before today. Only findings the
 * department has to act on count (dispatched, or returned to it). Keyed by finding and due date,
 * so running again sends nothing twice. One query, one membership query, one insert.
 */
export async function sweepFindingDeadlines(tx: Tx, cityId: string, today: string): Promise<number> {
  const findings = await tx.finding.findMany({
    where: { cityId, status: { in: ["DISPATCHED", "RETURNED"] }, dueDate: { lte: parseBusinessDate(addDays(today, FINDING_DUE_SOON_DAYS)) } },
    select: { id: true, cityId: true, departmentId: true, description: true, dueDate: true },
  });
  const notices: { departmentIds: string[]; draft: NotificationDraft }[] = findings.map((finding) => {
    const notice = { ...finding, dueDate: formatBusinessDate(finding.dueDate) };
    return { departmentIds: [finding.departmentId], draft: notice.dueDate < today ? findingOverdueNotice(notice) : findingDueSoonNotice(notice) };
  });
  return notifyDepartmentsInBulk(tx, notices);
}

export const findingDeadlineSweep: DailySweep = { name: "finding-deadlines", run: sweepFindingDeadlines };
