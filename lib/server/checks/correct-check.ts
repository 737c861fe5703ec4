import { checkLosesPoints } from "@/lib/domain/findings/check-loses-points";
import { invalidInput, notFound, versionConflict } from "@/lib/errors";
import { openFindingForCheck } from "@/lib/server/findings/open-finding-for-check";
import { withdrawFindingForCheck } from "@/lib/server/findings/withdraw-finding-for-check";
import { assertInspectorOnRound } from "@/lib/server/rounds/round-access";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { correctCheckInput, type CheckItem, type CheckOutcomeInput, type VisitStatus } from "@/lib/validation/checks";
import { readCheckItem } from "./check-item";
import { outcomeColumns } from "./check-outcome";
import { criterionForCheckSelect, lockRunningRound } from "./check-target";

type Correction = { visitStatus?: VisitStatus; outcome?: CheckOutcomeInput | null; note?: string | null };

// Omitted fields keep their values; a site no longer inspected keeps no outcome, one inspected needs one.
function mergeCorrection(record: { visitStatus: VisitStatus; note: string | null }, saved: CheckItem["outcome"], input: Correction) {
  const visitStatus = input.visitStatus ?? record.visitStatus;
  const note = input.note !== undefined ? input.note : record.note;
  if (visitStatus !== "INSPECTED") {
    if (input.outcome) throw invalidInput({ outcome: ["未检查（拒绝检查或无法检查）时不填检查结果"] });
    return { visitStatus, outcome: null, note };
  }
  const outcome = input.outcome !== undefined ? input.outcome : (saved as CheckOutcomeInput | null);
  if (!outcome) throw invalidInput({ outcome: ["已检查的点位请填写检查结果"] });
  return { visitStatus, outcome, note };
}

/**
 * 更正检查: changes a check's result (visit, outcome, note) while its round runs (409 once closed; the audit log keeps
 * every earlier version). Corrected to full points, its open finding is withdrawn; corrected to
 * a loss, it opens one if it has none.
 */
export const correctCheck = defineUseCase({
  name: "check.correct",
  permission: "write:check",
  input: correctCheckInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await tx.check.findFirst({
      where: { id: input.id, round: roundScopeWhere(actor, scope) },
      include: {
        round: { select: { status: true } },
        criterion: { select: criterionForCheckSelect },
        departments: { select: { departmentId: true, isPrimary: true } },
      },
    });
    if (!record) throw notFound("检查记录");
    await lockRunningRound(tx, record.roundId);
    await assertInspectorOnRound(tx, actor, record.roundId, record.siteId);
    const before = await readCheckItem(tx, record.id);
    if (record.version !== input.version) throw versionConflict(before, { version: input.version });
    const { visitStatus, outcome, note } = mergeCorrection(record, before.outcome, input);
    const columns = outcomeColumns(record.criterion, outcome);
    const { count } = await tx.check.updateMany({
      where: { id: record.id, version: input.version },
      data: { visitStatus, ...columns, note, version: { increment: 1 } },
    });
    if (count === 0) throw versionConflict(before, { version: input.version });
    if (checkLosesPoints({ ...record.criterion, points: record.criterion.points.toString() }, { visitStatus, outcome })) {
      const primary = record.departments.find((link) => link.isPrimary)?.departmentId ?? record.departments[0]?.departmentId ?? null;
      await openFindingForCheck(tx, actor, { ...record, note, criterion: record.criterion, primaryDepartmentId: primary });
    } else {
      await withdrawFindingForCheck(tx, actor, record);
    }
    const after = await readCheckItem(tx, record.id);
    const snapshot = (item: typeof after) => ({ ...item, photos: item.photos.map((photo) => photo.id) });
    await audit({ entityType: "Check", entityId: record.id, cityId: record.cityId, before: snapshot(before), after: snapshot(after) });
    return after;
  },
});
