import { formatBusinessDate } from "@/lib/domain/dates";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import { defineUseCase } from "@/lib/server/use-case";
import { reopenInput } from "@/lib/validation/findings";
import { findingDispatchedNotice } from "./finding-notices";
import { actorIdOf, assertTransition, findingItemOf, getFindingOrThrow, saveFinding } from "./finding-guard";
import { syncReportsOfFinding } from "@/lib/server/citizen-reports/sync-reports-of-finding";

/**
 * The office reopens a verified finding: back to the department (DISPATCHED) with its
 * verification cleared, so it no longer counts as rectified on time; flagged 虚假整改 when the
 * fix was false. A flag once set stays set.
 */
export const reopenFinding = defineUseCase({
  name: "finding.reopen",
  permission: "reopen:finding",
  input: reopenInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const finding = await getFindingOrThrow(tx, actor, scope, input.id);
    const status = assertTransition(finding, "REOPEN", input.version);
    const falseRectification = finding.falseRectification || input.falseRectification;
    await saveFinding(tx, finding, { status, verifiedOn: null, verifiedAt: null, falseRectification });
    await syncReportsOfFinding(tx, finding.id);
    await tx.rectificationEvent.create({
      data: { cityId: finding.cityId, findingId: finding.id, kind: "REOPENED", note: input.reason, actorId: actorIdOf(actor) },
    });
    const notice = findingDispatchedNotice({ ...finding, dueDate: formatBusinessDate(finding.dueDate) }, new Date());
    await notifyDepartments(tx, [finding.departmentId], notice);
    await audit({
      entityType: "Finding",
      entityId: finding.id,
      cityId: finding.cityId,
      before: {
        status: finding.status,
        verifiedOn: finding.verifiedOn ? formatBusinessDate(finding.verifiedOn) : null,
        falseRectification: finding.falseRectification,
      },
      after: { status, verifiedOn: null, falseRectification, reason: input.reason },
    });
    return findingItemOf(tx, finding.id);
  },
});
