import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { departmentVersionInput } from "@/lib/validation/departments";
import { toDepartmentRow } from "./department-row";
import { loadDepartmentForChange, saveDepartmentChange } from "./department-changes";

/** Undoes a soft delete. */
export const restoreDepartment = defineUseCase({
  name: "department.restore",
  permission: "manage:department",
  input: departmentVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadDepartmentForChange(tx, actor, scope, input);
    if (!record.deletedAt) throw conflict("该单位未被删除。");
    const saved = await saveDepartmentChange(tx, record, { deletedAt: null }, input);
    const row = toDepartmentRow(saved);
    await audit({ entityType: "Department", entityId: row.id, cityId: row.cityId, before: toDepartmentRow(record), after: row });
    return row;
  },
});
