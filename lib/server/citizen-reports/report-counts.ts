import type { CitizenReportStatus } from "@/lib/generated/prisma/enums";
import { reportCountDelta, type ReportCounts } from "@/lib/domain/citizen-reports/report-count-delta";
import { afterCommit } from "@/lib/server/after-commit";
import { invalidatePublicCity } from "@/lib/server/public/invalidate";
import type { Tx } from "@/lib/server/tx";

/**
 * Keeps the city's public report figures in step with a report's change of state (`from` null for
 * a new report), in the caller's transaction; the public pages drop their cache once it commits.
 */
export async function countReportTransition(tx: Tx, cityId: string, from: CitizenReportStatus | null, to: CitizenReportStatus): Promise<void> {
  await addToReportCounts(tx, cityId, reportCountDelta(from, to));
}

/** A reporter's rating after the fix. */
export async function countReportRating(tx: Tx, cityId: string, satisfied: boolean): Promise<void> {
  await addToReportCounts(tx, cityId, satisfied ? { satisfied: 1 } : { dissatisfied: 1 });
}

async function addToReportCounts(tx: Tx, cityId: string, delta: Partial<ReportCounts>): Promise<void> {
  const entries = Object.entries(delta).filter(([, value]) => value !== 0);
  if (entries.length === 0) return;
  await tx.cityReportCounts.upsert({
    where: { cityId },
    create: { cityId, ...Object.fromEntries(entries) },
    update: Object.fromEntries(entries.map(([key, value]) => [key, { increment: value }])),
  });
  afterCommit(tx, () => invalidatePublicCity(cityId));
}
