import { defineUseCase } from "@/lib/server/use-case";
import { createCityInput } from "@/lib/validation/provinces";
import { adminCityInclude, toAdminCityRow } from "./admin-city-row";
import { assertCitySlugFree, assertProvinceExists } from "./city-changes";

/** The system admin adds a city to a province, with its public address (slug). */
export const createCity = defineUseCase({
  name: "city.create",
  permission: "manage:city",
  input: createCityInput,
  run: async ({ tx, input, audit }) => {
    await assertProvinceExists(tx, input.provinceId);
    await assertCitySlugFree(tx, input.slug);
    const row = toAdminCityRow(
      await tx.city.create({
        data: { provinceId: input.provinceId, name: input.name, slug: input.slug, isNominated: input.isNominated },
        include: adminCityInclude,
      }),
    );
    await audit({ entityType: "City", entityId: row.id, cityId: row.id, before: null, after: row });
    return row;
  },
});
