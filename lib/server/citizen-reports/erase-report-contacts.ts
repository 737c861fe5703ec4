import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { CONTACT_RETENTION_DAYS } from "@/lib/domain/citizen-reports/report-status-of-finding";
import type { DailySweep } from "@/lib/server/deadlines/daily-sweep";
import type { Tx } from "@/lib/server/tx";

/**
 * A reporter's contact is kept for follow-up only: 180 days after a report was closed (rectified
 * or rejected) it is erased for good. A report reopened since (no longer closed) keeps it.
 * Idempotent: an erased contact is null and is not touched again. Returns how many were erased.
 */
export async function eraseReportContacts(tx: Tx, cityId: string, today: string): Promise<number> {
  const cutoff = parseBusinessDate(addDays(today, -CONTACT_RETENTION_DAYS));
  const { count } = await tx.citizenReport.updateMany({
    where: { cityId, contact: { not: null }, closedAt: { lt: cutoff } },
    data: { contact: null, contactErasedAt: new Date() },
  });
  return count;
}

export const reportContactErasureSweep: DailySweep = { name: "report-contact-erasure", run: eraseReportContacts };
