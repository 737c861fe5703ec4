import { forbidden } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { createSiteInput } from "@/lib/validation/sites";
import { allocateSiteCodes, assertCityDepartment, assertSiteCodeFree, assertSiteTypeExists } from "./site-changes";
import { siteRowInclude, toSiteRow } from "./site-row";

/** The office registers a site in its own city; without a code it gets the next D-number. */
export const createSite = defineUseCase({
  name: "site.create",
  permission: "manage:site",
  input: createSiteInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = actor.cityId;
    if (!cityId) throw forbidden();
    await assertSiteTypeExists(tx, input.siteTypeId);
    await assertCityDepartment(tx, cityId, input.responsibleDepartmentId);
    if (input.code) await assertSiteCodeFree(tx, cityId, input.code);
    const code = input.code ?? (await allocateSiteCodes(tx, cityId, 1))[0];
    const record = await tx.site.create({
      data: {
        cityId,
        code,
        name: input.name,
        siteTypeId: input.siteTypeId,
        street: input.street ?? null,
        grid: input.grid ?? null,
        address: input.address ?? null,
        longitude: input.longitude ?? null,
        latitude: input.latitude ?? null,
        responsibleDepartmentId: input.responsibleDepartmentId,
      },
      include: siteRowInclude,
    });
    const row = toSiteRow(record);
    await audit({ entityType: "Site", entityId: row.id, cityId, before: null, after: row });
    return row;
  },
});
