import { AppError, notFound, versionConflict } from "@/lib/errors";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import { scopeId } from "@/lib/server/cities/city-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { answerAppealInput } from "@/lib/validation/appeals";
import { appealItemInclude, toAppealItem } from "./appeal-item";
import { appealAnsweredNotice } from "./appeal-notices";
import { isRoundPublished } from "./appeal-round";

/**
 * The office answers an appeal (or changes its answer, naming the version it read) until the round is
 * published; the department's liaisons are told. An answered appeal no longer holds publishing back.
 */
export const answerAppeal = defineUseCase({
  name: "appeal.answer",
  permission: "answer:appeal",
  input: answerAppealInput,
  run: async ({ tx, actor, input, audit }) => {
    const appeal = await tx.appeal.findFirst({
      where: { id: input.id, cityId: scopeId(actor.cityId) },
      include: { ...appealItemInclude, round: { select: { id: true, name: true, cityId: true } } },
    });
    if (!appeal) throw notFound("申诉");
    if (input.version !== undefined && input.version !== appeal.version) throw versionConflict(appeal.version, input.version);
    if (await isRoundPublished(tx, appeal.roundId)) throw new AppError("ROUND_PUBLISHED", "该轮次的结果已发布，不能再修改答复。", 409);
    // The version guard in the where clause settles two answers sent at once: the second finds nothing to update.
    const { count } = await tx.appeal.updateMany({
      where: { id: appeal.id, version: appeal.version },
      data: { answer: input.answer, answeredAt: new Date(), answeredById: actor.kind === "user" ? actor.id : null, version: { increment: 1 } },
    });
    if (count === 0) throw versionConflict(appeal.version + 1, appeal.version);
    const updated = await tx.appeal.findUniqueOrThrow({ where: { id: appeal.id }, include: appealItemInclude });
    const notice = appealAnsweredNotice(
      { id: appeal.id, cityId: appeal.cityId, roundId: appeal.roundId, roundName: appeal.round.name, departmentName: appeal.department.name },
      input.answer,
      updated.version,
    );
    await notifyDepartments(tx, [appeal.departmentId], notice);
    await audit({
      entityType: "Appeal",
      entityId: appeal.id,
      cityId: appeal.cityId,
      before: { answer: appeal.answer, version: appeal.version },
      after: { answer: input.answer, version: updated.version },
    });
    return toAppealItem(updated);
  },
});
