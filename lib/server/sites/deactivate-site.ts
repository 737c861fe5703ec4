import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { siteVersionInput } from "@/lib/validation/sites";
import { loadSiteForChange, saveSiteChange } from "./site-changes";
import { toSiteRow } from "./site-row";

/**
 * Soft: the site's checks, findings and rounds keep pointing at it; it is no longer listed by
 * default nor drawn into new rounds.
 */
export const deactivateSite = defineUseCase({
  name: "site.deactivate",
  permission: "manage:site",
  input: siteVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadSiteForChange(tx, actor, scope, input);
    if (record.deletedAt) throw conflict("该点位已停用。");
    const saved = await saveSiteChange(tx, record, { deletedAt: new Date() }, input);
    const row = toSiteRow(saved);
    await audit({ entityType: "Site", entityId: row.id, cityId: row.cityId, before: toSiteRow(record), after: row });
    return row;
  },
});
