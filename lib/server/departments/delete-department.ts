import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { departmentVersionInput } from "@/lib/validation/departments";
import { toDepartmentRow } from "./department-row";
import { loadDepartmentForChange, saveDepartmentChange } from "./department-changes";

/**
 * Soft delete: history (tasks, ledgers, findings) keeps pointing at the department. Refused while
 * it still leads open tasks or has active liaisons, whose work would otherwise lose its owner.
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
