import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { updateSiteInput } from "@/lib/validation/sites";
import { assertCityDepartment, assertSiteCodeFree, assertSiteTypeExists, loadSiteForChange, saveSiteChange } from "./site-changes";
import { toSiteRow } from "./site-row";

/** Edits a site; an omitted field keeps its value, null or "" clears an optional one. */
export const updateSite = defineUseCase({
  name: "site.update",
  permission: "manage:site",
  input: updateSiteInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadSiteForChange(tx, actor, scope, input);
    if (record.deletedAt) throw conflict("该点位已停用，不能修改。");
    if (input.siteTypeId !== undefined && input.siteTypeId !== record.siteTypeId) await assertSiteTypeExists(tx, input.siteTypeId);
    if (input.responsibleDepartmentId !== undefined && input.responsibleDepartmentId !== record.responsibleDepartmentId) {
      await assertCityDepartment(tx, record.cityId, input.responsibleDepartmentId);
    }
    if (input.code !== undefined && input.code !== record.code) await assertSiteCodeFree(tx, record.cityId, input.code, record.id);
    const saved = await saveSiteChange(
      tx,
      record,
      {
        name: input.name,
        code: input.code,
        siteTypeId: input.siteTypeId,
        street: input.street,
        grid: input.grid,
        address: input.address,
        longitude: input.longitude,
        latitude: input.latitude,
        responsibleDepartmentId: input.responsibleDepartmentId,
      },
      input,
    );
    const row = toSiteRow(saved);
    await audit({ entityType: "Site", entityId: row.id, cityId: row.cityId, before: toSiteRow(record), after: row });
    return row;
  },
});
