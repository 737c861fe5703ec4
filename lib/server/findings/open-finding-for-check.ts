import type { Actor } from "@/lib/auth/actor";
import { todayInShanghai, parseBusinessDate } from "@/lib/domain/dates";
import { findingDueDate } from "@/lib/domain/findings/finding-due-date";
import { conflict } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import { markDispatched } from "./mark-dispatched";

export type CheckLosingPoints = {
  id: string;
  cityId: string;
  roundId: string;
  siteId: string | null;
  note: string | null;
  checkedAt: Date;
  criterion: { id: string; code: string; name: string; rectificationDays: number | null };
  primaryDepartmentId: string | null;
};

/**
 * Inside the check's transaction: the one finding a check that loses points opens (none while it
 * has one that is not withdrawn). It goes to the check's primary department, due the check's date
 * in Shanghai plus the rectification window, and is dispatched at once when the city says so.
 * Its "before" photos are the check's, read through the check.
 */
export async function openFindingForCheck(tx: Tx, actor: Actor, check: CheckLosingPoints): Promise<{ id: string; status: string } | null> {
  const existing = await tx.finding.findFirst({ where: { checkId: check.id, status: { not: "WITHDRAWN" } }, select: { id: true, status: true } });
  if (existing) return existing;
  if (!check.primaryDepartmentId) throw conflict(`标准 ${check.criterion.code} 在本市没有牵头单位，无法生成整改问题。请先指定牵头单位。`);
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const city = await tx.city.findUniqueOrThrow({ where: { id: check.cityId }, select: { rectificationDays: true, autoDispatchFindings: true } });
  const setting = await tx.cityCriterionSetting.findUnique({
    where: { cityId_criterionId: { cityId: check.cityId, criterionId: check.criterion.id } },
    select: { rectificationDays: true },
  });
  const dueDate = findingDueDate(todayInShanghai(check.checkedAt), {
    cityCriterionDays: setting?.rectificationDays,
    criterionDays: check.criterion.rectificationDays,
    cityDays: city.rectificationDays,
  });
  const finding = await tx.finding.create({
    data: {
      cityId: check.cityId,
      roundId: check.roundId,
      checkId: check.id,
      criterionId: check.criterion.id,
      siteId: check.siteId,
      departmentId: check.primaryDepartmentId,
      description: check.note?.trim() || `${check.criterion.code} ${check.criterion.name}：检查失分`,
      dueDate: parseBusinessDate(dueDate),
      origin: "CHECK",
    },
    select: { id: true, cityId: true, departmentId: true, description: true, dueDate: true, status: true },
  });
  if (!city.autoDispatchFindings) return { id: finding.id, status: finding.status };
  await markDispatched(tx, actor, [finding]);
  return { id: finding.id, status: "DISPATCHED" };
}
