import type { Actor } from "@/lib/auth/actor";
import { FINDING_STATUSES, nextStatus } from "@/lib/domain/findings/finding-transitions";
import type { Tx } from "@/lib/server/tx";

const WITHDRAWABLE = FINDING_STATUSES.filter((status) => nextStatus(status, "WITHDRAW") !== null);

/**
 * Inside the check's transaction: a check corrected to full points withdraws the finding it
 * opened while that is still open (not verified); a withdrawn finding counts for no figure.
 * Returns the withdrawn finding's id, or null when there was none to withdraw.
 */
export async function withdrawFindingForCheck(tx: Tx, actor: Actor, check: { id: string; cityId: string }): Promise<string | null> {
  const finding = await tx.finding.findFirst({ where: { checkId: check.id, origin: "CHECK", status: { in: WITHDRAWABLE } }, select: { id: true } });
  if (!finding) return null;
  await tx.finding.update({ where: { id: finding.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date(), version: { increment: 1 } } });
  await tx.rectificationEvent.create({
    data: {
      cityId: check.cityId,
      findingId: finding.id,
      kind: "WITHDRAWN",
      note: "检查已更正为满分，问题撤销",
      actorId: actor.kind === "user" ? actor.id : null,
    },
  });
  return finding.id;
}
