import { canRedirect } from "@/lib/domain/findings/finding-transitions";
import { formatBusinessDate } from "@/lib/domain/dates";
import { AppError, invalidInput, versionConflict } from "@/lib/errors";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import { defineUseCase } from "@/lib/server/use-case";
import { redirectInput } from "@/lib/validation/findings";
import { findingDispatchedNotice } from "./finding-notices";
import { actorIdOf, findingItemOf, getFindingOrThrow, saveFinding } from "./finding-guard";

/**
 * 改派: the finding moves to another of its check's departments before anyone has replied. The
 * check's scoring (its CheckDepartment rows) stays as it is. A dispatched finding's new
 * department is told.
 */
export const redirectFinding = defineUseCase({
  name: "finding.redirect",
  permission: "redirect:finding",
  input: redirectInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const finding = await getFindingOrThrow(tx, actor, scope, input.id);
    if (input.version !== undefined && input.version !== finding.version) throw versionConflict(finding.version, input.version);
    if (!canRedirect(finding.status)) throw new AppError("INVALID_TRANSITION", "问题已有整改回复或已办结，不能改派。", 409);
    const links = finding.checkId
      ? await tx.checkDepartment.findMany({
          where: { checkId: finding.checkId },
          include: { department: { select: { id: true, name: true, deletedAt: true } } },
        })
      : [];
    const target = links.find((link) => link.departmentId === input.departmentId);
    if (!target) throw invalidInput({ departmentId: ["只能改派给该检查的其他责任单位"] });
    if (target.departmentId === finding.departmentId) throw invalidInput({ departmentId: ["问题已属于该单位"] });
    // A department deleted since the check has no liaisons: the finding would never be answered.
    if (target.department.deletedAt) throw invalidInput({ departmentId: ["该单位已删除，不能改派"] });
    const from = await tx.department.findUniqueOrThrow({ where: { id: finding.departmentId }, select: { name: true } });
    await saveFinding(tx, finding, { departmentId: target.departmentId });
    await tx.rectificationEvent.create({
      data: { cityId: finding.cityId, findingId: finding.id, kind: "REDIRECTED", note: `${from.name} → ${target.department.name}`, actorId: actorIdOf(actor) },
    });
    if (finding.status === "DISPATCHED") {
      const notice = findingDispatchedNotice({ ...finding, dueDate: formatBusinessDate(finding.dueDate) }, new Date());
      await notifyDepartments(tx, [target.departmentId], notice);
    }
    await audit({
      entityType: "Finding",
      entityId: finding.id,
      cityId: finding.cityId,
      before: { departmentId: finding.departmentId },
      after: { departmentId: target.departmentId },
    });
    return findingItemOf(tx, finding.id);
  },
});
