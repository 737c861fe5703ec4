import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { notifyUsers, officeUserIdsOf } from "@/lib/server/notifications/notify";
import { defineUseCase } from "@/lib/server/use-case";
import { fileAppealInput } from "@/lib/validation/appeals";
import { appealItemInclude, toAppealItem } from "./appeal-item";
import { appealFiledNotice } from "./appeal-notices";
import { assertAppealWindowOpen, getAppealRoundOrThrow } from "./appeal-round";

/**
 * 申诉: a liaison appeals its own department's draft result of a closed, unpublished round within the
 * city's appeal window; the office is told, and the round cannot be published until it answers.
 */
export const fileAppeal = defineUseCase({
  name: "appeal.file",
  permission: "file:appeal",
  input: fileAppealInput,
  load: async ({ actor, input }) => {
    if (!actor.departmentId) throw notFound("部门");
    return getAppealRoundOrThrow(db(), actor, input.roundId);
  },
  run: async ({ tx, actor, input, loaded: round, audit }) => {
    // Closing, reopening or publishing may have happened since `load`.
    const current = await getAppealRoundOrThrow(tx, actor, round.id);
    await assertAppealWindowOpen(tx, current);
    const department = await tx.department.findFirst({
      where: { id: actor.departmentId!, cityId: current.cityId, deletedAt: null },
      select: { id: true, name: true },
    });
    if (!department) throw notFound("部门");
    const appeal = await tx.appeal.create({
      data: { cityId: current.cityId, roundId: current.id, departmentId: department.id, reason: input.reason, createdById: actor.id },
      include: appealItemInclude,
    });
    const notice = appealFiledNotice(
      { id: appeal.id, cityId: current.cityId, roundId: current.id, roundName: current.name, departmentName: department.name },
      input.reason,
    );
    await notifyUsers(tx, await officeUserIdsOf(tx, current.cityId), notice);
    await audit({
      entityType: "Appeal",
      entityId: appeal.id,
      cityId: current.cityId,
      after: { roundId: current.id, departmentId: department.id, reason: input.reason },
    });
    return toAppealItem(appeal);
  },
});
