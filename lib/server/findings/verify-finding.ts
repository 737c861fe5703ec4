import { todayInShanghai, parseBusinessDate } from "@/lib/domain/dates";
import { formatBusinessDate } from "@/lib/domain/dates";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import { defineUseCase } from "@/lib/server/use-case";
import { verifyInput } from "@/lib/validation/findings";
import { findingReturnedNotice } from "./finding-notices";
import { actorIdOf, assertTransition, findingItemOf, getFindingOrThrow, saveFinding } from "./finding-guard";
import { syncReportsOfFinding } from "@/lib/server/citizen-reports/sync-reports-of-finding";

/**
 * The office's review of a reply: ACCEPT is 销号 (VERIFIED, `verifiedOn` = today in Shanghai),
 * RETURN sends it back to the department with the reason, and its liaisons are told.
 */
export const verifyFinding = defineUseCase({
  name: "finding.verify",
  permission: "verify:finding",
  input: verifyInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const finding = await getFindingOrThrow(tx, actor, scope, input.id);
    const accept = input.decision === "ACCEPT";
    const status = assertTransition(finding, accept ? "ACCEPT" : "RETURN", input.version);
    const now = new Date();
    const verifiedOn = accept ? todayInShanghai(now) : null;
    await saveFinding(tx, finding, { status, verifiedOn: verifiedOn ? parseBusinessDate(verifiedOn) : null, verifiedAt: accept ? now : null });
    await syncReportsOfFinding(tx, finding.id);
    await tx.rectificationEvent.create({
      data: { cityId: finding.cityId, findingId: finding.id, kind: accept ? "VERIFIED" : "RETURNED", note: input.comment ?? null, actorId: actorIdOf(actor) },
    });
    if (!accept) {
      const notice = findingReturnedNotice({ ...finding, dueDate: formatBusinessDate(finding.dueDate) }, input.comment ?? "", now);
      await notifyDepartments(tx, [finding.departmentId], notice);
    }
    await audit({
      entityType: "Finding",
      entityId: finding.id,
      cityId: finding.cityId,
      before: { status: finding.status },
      after: { status, verifiedOn, comment: input.comment ?? null },
    });
    return findingItemOf(tx, finding.id);
  },
});
