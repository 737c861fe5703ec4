import { notFound, versionConflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { updateProvinceInput } from "@/lib/validation/provinces";
import { assertProvinceCodeFree } from "./province-changes";
import { provinceRowInclude, toProvinceRow } from "./province-row";

/** The system admin renames a province or changes its code; an omitted field keeps its value. */
export const updateProvince = defineUseCase({
  name: "province.update",
  permission: "manage:province",
  input: updateProvinceInput,
  run: async ({ tx, input, audit }) => {
    const record = await tx.province.findUnique({ where: { id: input.id }, include: provinceRowInclude });
    if (!record) throw notFound("省份");
    const before = toProvinceRow(record);
    if (record.version !== input.version) throw versionConflict(before, input);
    if (input.code !== undefined && input.code !== record.code) await assertProvinceCodeFree(tx, input.code, record.id);
    const { count } = await tx.province.updateMany({
      where: { id: record.id, version: record.version },
      data: { code: input.code, name: input.name, version: { increment: 1 } },
    });
    const after = toProvinceRow(await tx.province.findUniqueOrThrow({ where: { id: record.id }, include: provinceRowInclude }));
    if (count === 0) throw versionConflict(after, input);
    await audit({ entityType: "Province", entityId: record.id, before, after });
    return after;
  },
});
