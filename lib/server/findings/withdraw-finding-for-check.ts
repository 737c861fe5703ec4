import type { Actor } from "@/lib/auth/actor";
import { FINDING_STATUSES, nextStatus } from "@/lib/domain/findings/finding-transitions";
import { formatBusinessDate } from "@/lib/domain/dates";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import type { Tx } from "@/lib/server/tx";
import { findingWithdrawnNotice } from "./finding-notices";
import { syncReportsOfFinding } from "@/lib/server/citizen-reports/sync-reports-of-finding";

const WITHDRAWABLE = FINDING_STATUSES.filter((status) => nextStatus(status, "WITHDRAW") !== null);

/**
 * Inside the check's transaction: a check corrected to full points withdraws the finding it
 * opened while that is still open (not verified); a withdrawn finding counts for no figure. A
 * department that already had it (dispatched or later) is told it need not rectify. Returns the withdrawn finding's id, or null when there was none to withdraw.
 */
export async function withdrawFindingForCheck(tx: Tx, actor: Actor, check: { id: string; cityId: string }): Promise<string | null> {
  const finding = await tx.finding.findFirst({
    where: { checkId: check.id, origin: "CHECK", status: { in: WITHDRAWABLE } },
    select: { id: true, status: true, departmentId: true, description: true, dueDate: true },
  });
  if (!finding) return null;
  const at = new Date();
  await tx.finding.update({ where: { id: finding.id }, data: { status: "WITHDRAWN", withdrawnAt: at, version: { increment: 1 } } });
  await syncReportsOfFinding(tx, finding.id);
  await tx.rectificationEvent.create({
    data: {
      cityId: check.cityId,
      findingId: finding.id,
      kind: "WITHDRAWN",
      note: "检查已更正为满分，问题撤销",
      actorId: actor.kind === "user" ? actor.id : null,
    },
  });
  if (finding.status !== "OPEN") {
    const notice = findingWithdrawnNotice({ ...finding, cityId: check.cityId, dueDate: formatBusinessDate(finding.dueDate) }, at);
    await notifyDepartments(tx, [finding.departmentId], notice);
  }
  return finding.id;
}
