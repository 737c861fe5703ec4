import { defineUseCase } from "@/lib/server/use-case";
import { createProvinceInput } from "@/lib/validation/provinces";
import { assertProvinceCodeFree } from "./province-changes";
import { provinceRowInclude, toProvinceRow } from "./province-row";

/** The system admin adds a province. */
export const createProvince = defineUseCase({
  name: "province.create",
  permission: "manage:province",
  input: createProvinceInput,
  run: async ({ tx, input, audit }) => {
    await assertProvinceCodeFree(tx, input.code);
    const row = toProvinceRow(await tx.province.create({ data: { code: input.code, name: input.name }, include: provinceRowInclude }));
    await audit({ entityType: "Province", entityId: row.id, before: null, after: row });
    return row;
  },
});
