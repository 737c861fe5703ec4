import { forbidden } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { createDepartmentInput } from "@/lib/validation/departments";
import { departmentRowInclude, toDepartmentRow } from "./department-row";
import { assertDepartmentNameFree } from "./department-changes";

/** A city admin adds a department to its own city. */
export const createDepartment = defineUseCase({
  name: "department.create",
  permission: "manage:department",
  input: createDepartmentInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = actor.cityId;
    if (!cityId) throw forbidden();
    await assertDepartmentNameFree(tx, cityId, input.name);
    const record = await tx.department.create({
      data: {
        cityId,
        name: input.name,
        kind: input.kind,
        shortName: input.shortName ?? null,
        leaderName: input.leaderName ?? null,
        leaderTitle: input.leaderTitle ?? null,
        liaisonName: input.liaisonName ?? null,
        liaisonPhone: input.liaisonPhone ?? null,
        sortOrder: input.sortOrder ?? 0,
      },
      include: departmentRowInclude,
    });
    const row = toDepartmentRow(record);
    await audit({ entityType: "Department", entityId: row.id, cityId, before: null, after: row });
    return row;
  },
});
