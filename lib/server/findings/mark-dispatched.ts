import type { Actor } from "@/lib/auth/actor";
import { formatBusinessDate } from "@/lib/domain/dates";
import { notifyDepartmentsInBulk } from "@/lib/server/notifications/notify";
import type { Tx } from "@/lib/server/tx";
import { findingDispatchedNotice } from "./finding-notices";
import { syncReportsOfFindings } from "@/lib/server/citizen-reports/sync-reports-of-finding";

export type DispatchableFinding = { id: string; cityId: string; departmentId: string; description: string; dueDate: Date };

/**
 * OPEN → DISPATCHED inside the caller's transaction: one DISPATCHED event each and a notice to
 * the department's liaisons. Used by the office's dispatch and by a check's auto-dispatch. A
 * finding that is no longer OPEN (someone else was quicker) is left alone; returns the ids moved.
 */
export async function markDispatched(tx: Tx, actor: Actor, findings: readonly DispatchableFinding[]): Promise<string[]> {
  if (findings.length === 0) return [];
  const ids = findings.map((finding) => finding.id);
  // The update itself decides which findings move: one withdrawn or dispatched by someone else
  // between a read and this write is not OPEN any more and gets no event and no notice.
  const moved = await tx.finding.updateManyAndReturn({
    where: { id: { in: ids }, status: "OPEN" },
    data: { status: "DISPATCHED", version: { increment: 1 } },
    select: { id: true },
  });
  const movedIds = new Set(moved.map((finding) => finding.id));
  const moving = findings.filter((finding) => movedIds.has(finding.id));
  if (moving.length === 0) return [];
  const movingIds = moving.map((finding) => finding.id);
  await syncReportsOfFindings(tx, movingIds);
  await tx.rectificationEvent.createMany({
    data: moving.map((finding) => ({
      cityId: finding.cityId,
      findingId: finding.id,
      kind: "DISPATCHED" as const,
      actorId: actor.kind === "user" ? actor.id : null,
    })),
  });
  const at = new Date();
  await notifyDepartmentsInBulk(
    tx,
    moving.map((finding) => ({
      departmentIds: [finding.departmentId],
      draft: findingDispatchedNotice({ ...finding, dueDate: formatBusinessDate(finding.dueDate) }, at),
    })),
  );
  return movingIds;
}
