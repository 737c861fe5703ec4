import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { updateDepartmentInput } from "@/lib/validation/departments";
import { toDepartmentRow } from "./department-row";
import { assertDepartmentNameFree, loadDepartmentForChange, saveDepartmentChange } from "./department-changes";

/** Edits a department; an omitted field keeps its value. */
export const updateDepartment = defineUseCase({
  name: "department.update",
  permission: "manage:department",
  input: updateDepartmentInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadDepartmentForChange(tx, actor, scope, input);
    if (record.deletedAt) throw conflict("该单位已删除，请先恢复后再修改。");
    if (input.name !== undefined && input.name !== record.name) {
      await assertDepartmentNameFree(tx, record.cityId, input.name, record.id);
    }
    const saved = await saveDepartmentChange(
      tx,
      record,
      {
        name: input.name,
        kind: input.kind,
        shortName: input.shortName,
        leaderName: input.leaderName,
        leaderTitle: input.leaderTitle,
        liaisonName: input.liaisonName,
        liaisonPhone: input.liaisonPhone,
        sortOrder: input.sortOrder,
      },
      input,
    );
    const row = toDepartmentRow(saved);
    await audit({ entityType: "Department", entityId: row.id, cityId: row.cityId, before: toDepartmentRow(record), after: row });
    return row;
  },
});
