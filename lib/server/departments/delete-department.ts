import { UNRESOLVED_STATUSES } from "@/lib/domain/findings/finding-transitions";
import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { departmentVersionInput } from "@/lib/validation/departments";
import { toDepartmentRow } from "./department-row";
import { loadDepartmentForChange, saveDepartmentChange } from "./department-changes";

/**
 * Soft delete: history (tasks, ledgers, findings) keeps pointing at the department. Refused while
 * it still leads open tasks, keeps active sites (包点单位), has unresolved findings or has active
 * liaisons, whose work would otherwise lose its owner.
 */
export const deleteDepartment = defineUseCase({
  name: "department.delete",
  permission: "manage:department",
  input: departmentVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadDepartmentForChange(tx, actor, scope, input);
    if (record.deletedAt) throw conflict("该单位已删除。");
    const openTaskCount = await tx.task.count({
      where: { cityId: record.cityId, leadDepartmentId: record.id, deletedAt: null, completedAt: null },
    });
    if (openTaskCount > 0) {
      throw conflict(`该单位仍牵头 ${openTaskCount} 项未完成的任务，请先更换牵头单位后再删除。`, { openTaskCount });
    }
    // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
    const siteCount = await tx.site.count({ where: { cityId: record.cityId, responsibleDepartmentId: record.id, deletedAt: null } });
    const openFindingCount = await tx.finding.count({ where: { cityId: record.cityId, departmentId: record.id, status: { in: [...UNRESOLVED_STATUSES] } } });
    if (siteCount > 0) {
      throw conflict(`该单位仍是 ${siteCount} 个点位的包点单位，请先更换包点单位或停用这些点位后再删除。`, { siteCount });
    }
    if (openFindingCount > 0) {
      throw conflict(`该单位仍有 ${openFindingCount} 个未销号的问题，请先改派或办结后再删除。`, { openFindingCount });
    }
    const liaisonCount = record.memberships.length;
    if (liaisonCount > 0) {
      throw conflict(`该单位仍有 ${liaisonCount} 名在岗联络员，请先调整或停用这些账号后再删除。`, { liaisonCount });
    }
    const saved = await saveDepartmentChange(tx, record, { deletedAt: new Date() }, input);
    const row = toDepartmentRow(saved);
    await audit({ entityType: "Department", entityId: row.id, cityId: row.cityId, before: toDepartmentRow(record), after: row });
    return row;
  },
});
