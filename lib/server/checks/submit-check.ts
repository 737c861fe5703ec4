import type { Actor } from "@/lib/auth/actor";
import { checkLosesPoints } from "@/lib/domain/findings/check-loses-points";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { openFindingForCheck } from "@/lib/server/findings/open-finding-for-check";
import { getRoundOrThrow } from "@/lib/server/rounds/round-access";
import { defineUseCase } from "@/lib/server/use-case";
import { submitCheckInput, type CheckItem } from "@/lib/validation/checks";
import { checkDepartments } from "./check-departments";
import { toCheckItems, type CheckRow } from "./check-item";
import { outcomeColumns } from "./check-outcome";
import { loadCheckTarget, lockRunningRound } from "./check-target";
import { checkWatermark } from "./check-watermark";
import { SavedCheck, throwIfChecked, throwIfReplay } from "./saved-check";

const submitCheckUseCase = defineUseCase({
  name: "check.submit",
  permission: "write:check",
  input: submitCheckInput,
  // Before any photo is stored: scope (404), a retry (200 with the saved check, even once the
  // round has closed: the phone only lost the answer), the target, a rival check (409).
  load: async ({ actor, input, scope }) => {
    const round = await getRoundOrThrow(db(), actor, scope, input.roundId);
    await throwIfReplay(db(), round.id, input.clientKey);
    const target = await loadCheckTarget(db(), actor, scope, input, round);
    const columns = outcomeColumns(target.criterion, input.visitStatus === "INSPECTED" ? input.outcome : null);
    await throwIfChecked(db(), { roundId: target.round.id, criterionId: target.criterion.id, siteId: target.site?.id ?? null });
    return { ...target, columns };
  },
  prepare: async ({ actor, input, loaded }) =>
    input.photos.length
      ? prepareEvidence(input.photos, {
          watermark: checkWatermark({ ...input, siteCode: loaded.site?.code, account: actor.id }),
        })
      : [],
  run: async ({ tx, actor, input, loaded, prepared, audit }) => {
    const { round, criterion, site, columns } = loaded;
    await lockRunningRound(tx, round.id);
    const links = await checkDepartments(tx, round.cityId, criterion, site);
    // The unique indexes settle a race with another send: P2002 here, resolved by submitCheck.
    const check = await tx.check.create({
      data: {
        cityId: round.cityId,
        roundId: round.id,
        clientKey: input.clientKey,
        criterionId: criterion.id,
        siteId: site?.id ?? null,
        inspectorId: actor.id,
        visitStatus: input.visitStatus,
        ...columns,
        note: input.note ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        capturedAt: input.capturedAt ? new Date(input.capturedAt) : null,
        departments: { create: links },
      },
    });
    const photos = await attachEvidence(tx, { owner: { checkId: check.id }, cityId: round.cityId, uploadedById: actor.id, files: prepared });
    const outcome = input.visitStatus === "INSPECTED" ? (input.outcome ?? null) : null;
    const finding = checkLosesPoints({ ...criterion, points: criterion.points.toString() }, { visitStatus: input.visitStatus, outcome })
      ? await openFindingForCheck(tx, actor, { ...check, criterion, primaryDepartmentId: links[0]?.departmentId ?? null })
      : null;
    // Built from what this transaction wrote, not read back (a phone's send should cost few queries).
    const names = await tx.department.findMany({ where: { id: { in: links.map((link) => link.departmentId) } }, select: { id: true, name: true } });
    const [item] = await toCheckItems(tx, [
      {
        ...check,
        criterion: { rubricKind: criterion.rubricKind },
        departments: links.map((link) => ({ isPrimary: link.isPrimary, department: names.find((department) => department.id === link.departmentId)! })),
        evidence: photos.map((photo, index) => ({ id: photo.id, thumbnailHash: prepared[index].thumbnailHash })),
        findings: finding ? [{ id: finding.id, status: finding.status as CheckRow["findings"][number]["status"] }] : [],
      },
    ]);
    await audit({ entityType: "Check", entityId: check.id, cityId: round.cityId, after: { ...item, photos: item.photos.map((photo) => photo.id) } });
    return item;
  },
});

/**
 * 提交检查 (the phone or the office's desk entry), idempotent by `clientKey`: the first send is
 * `created`; the same key again returns the saved check and writes nothing; another key for a
 * (round, criterion, site) that has a check is 409 CHECK_EXISTS with that check. When two sends
 * race, the unique indexes let one through and the other is answered the same way by re-reading.
 */
export const submitCheck = Object.assign(
  async (actor: Actor, rawInput: unknown): Promise<{ check: CheckItem; created: boolean }> => {
    try {
      return { check: await submitCheckUseCase(actor, rawInput), created: true };
    } catch (error) {
      if (error instanceof SavedCheck) return { check: error.check, created: false };
      // A rival send won, either at the unique indexes (DUPLICATE) or just before this send's
      // `load` looked (CHECK_EXISTS): when it carried this clientKey it was this send's retry.
      if (!isAppError(error) || (error.code !== "DUPLICATE" && error.code !== "CHECK_EXISTS")) throw error;
      // The other send won; its check is in the round (whose scope `load` has already passed).
      const input = submitCheckInput.parse(rawInput);
      try {
        await throwIfReplay(db(), input.roundId, input.clientKey);
        await throwIfChecked(db(), { roundId: input.roundId, criterionId: input.criterionId, siteId: input.siteId ?? null });
      } catch (resolved) {
        if (resolved instanceof SavedCheck) return { check: resolved.check, created: false };
        throw resolved;
      }
      throw error;
    }
  },
  { spec: submitCheckUseCase.spec },
);
