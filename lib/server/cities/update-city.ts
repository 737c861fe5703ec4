import { notFound, versionConflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { updateCityInput } from "@/lib/validation/provinces";
import { adminCityInclude, toAdminCityRow } from "./admin-city-row";
import { assertCitySlugFree, assertProvinceExists } from "./city-changes";

/** The system admin edits a city's province, name, slug or nominated flag; an omitted field keeps its value. */
export const updateCity = defineUseCase({
  name: "city.update",
  permission: "manage:city",
  input: updateCityInput,
  run: async ({ tx, input, audit }) => {
    const record = await tx.city.findFirst({ where: { id: input.id, deletedAt: null }, include: adminCityInclude });
    if (!record) throw notFound("城市");
    const before = toAdminCityRow(record);
    if (record.version !== input.version) throw versionConflict(before, input);
    if (input.provinceId !== undefined && input.provinceId !== record.provinceId) await assertProvinceExists(tx, input.provinceId);
    if (input.slug !== undefined && input.slug !== record.slug) await assertCitySlugFree(tx, input.slug, record.id);
    const { count } = await tx.city.updateMany({
      where: { id: record.id, version: record.version },
      data: { provinceId: input.provinceId, name: input.name, slug: input.slug, isNominated: input.isNominated, version: { increment: 1 } },
    });
    const after = toAdminCityRow(await tx.city.findUniqueOrThrow({ where: { id: record.id }, include: adminCityInclude }));
    if (count === 0) throw versionConflict(after, input);
    await audit({ entityType: "City", entityId: record.id, cityId: record.id, before, after });
    return after;
  },
});
