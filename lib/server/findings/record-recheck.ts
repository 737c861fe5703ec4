import { formatBusinessDate } from "@/lib/domain/dates";
import { AppError, notFound } from "@/lib/errors";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import { lockRunningRound } from "@/lib/server/checks/check-target";
import { assertInspectorOnRound } from "@/lib/server/rounds/round-access";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { recheckInput } from "@/lib/validation/findings";
import { findingDispatchedNotice } from "./finding-notices";
import { actorIdOf, assertTransition, findingItemOf, saveFinding } from "./finding-guard";
import { syncReportsOfFinding } from "@/lib/server/citizen-reports/sync-reports-of-finding";

/**
 * 回头看: a RECHECK round in progress re-checks one of its sampled verified findings. CONFIRMED
 * keeps the fix; NOT_FIXED reopens the finding as 虚假整改 (flagged, `verifiedOn` cleared so it no
 * longer counts as rectified on time) and sends it back to its department. Recorded once.
 */
export const recordRecheck = defineUseCase({
  name: "recheck.record",
  permission: "write:recheck",
  input: recheckInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const round = await tx.inspectionRound.findFirst({ where: { AND: [{ id: input.roundId }, roundScopeWhere(actor, scope)] } });
    if (!round) throw notFound("督查轮次");
    const item = await tx.recheckItem.findUnique({
      where: { roundId_findingId: { roundId: round.id, findingId: input.findingId } },
      include: { finding: true },
    });
    if (!item) throw notFound("复查问题");
    if (round.kind !== "RECHECK") throw new AppError("INVALID_STATE", "只有回头看轮次可以记录复查结果。", 409);
    if (round.status !== "IN_PROGRESS") throw new AppError("INVALID_STATE", "轮次未在进行中，不能记录复查结果。", 409);
    await assertInspectorOnRound(tx, actor, round.id, item.finding.siteId);
    // The round stays in progress until this result is in (a close waits), and the result is
    // claimed before anything else is written, so two results sent at once cannot both land.
    await lockRunningRound(tx, round.id);
    const claimed = await tx.recheckItem.updateMany({
      where: { roundId: round.id, findingId: input.findingId, result: null },
      data: { result: input.result, note: input.note ?? null, checkedById: actorIdOf(actor), checkedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("INVALID_STATE", "该问题的复查结果已记录。", 409);

    const { finding } = item;
    const note = input.note ?? null;
    if (input.result === "NOT_FIXED") {
      const status = assertTransition(finding, "REOPEN", undefined);
      await saveFinding(tx, finding, { status, verifiedOn: null, verifiedAt: null, falseRectification: true });
      await syncReportsOfFinding(tx, finding.id);
      await tx.rectificationEvent.create({
        data: {
          cityId: finding.cityId,
          findingId: finding.id,
          kind: "REOPENED",
          note: note ?? `回头看「${round.name}」复查未整改到位`,
          actorId: actorIdOf(actor),
        },
      });
      const notice = findingDispatchedNotice({ ...finding, dueDate: formatBusinessDate(finding.dueDate) }, new Date());
      await notifyDepartments(tx, [finding.departmentId], notice);
    }
    await audit({
      entityType: "Finding",
      entityId: finding.id,
      cityId: finding.cityId,
      before: { status: finding.status, falseRectification: finding.falseRectification },
      after: { roundId: round.id, result: input.result, note },
    });
    return { roundId: round.id, result: input.result, note, finding: await findingItemOf(tx, finding.id) };
  },
});
