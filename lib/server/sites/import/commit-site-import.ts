import type { ImportProblem } from "@/lib/domain/tabular-import/import-problem";
import { importInvalid } from "@/lib/domain/tabular-import/import-problem";
import { SITE_SHEET, type SiteImportRow } from "@/lib/domain/sites/site-sheet-layout";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { commitSiteImportInput } from "@/lib/validation/site-import";
import { allocateSiteCodes } from "../site-changes";
import { loadSiteImportContext } from "./load-site-import-context";

// Stays well under PostgreSQL's limit of bind parameters per statement.
const BATCH = 500;

/** What may have changed since the file was checked (a department deleted, a code taken): checked again inside the transaction. */
async function recheck(tx: Tx, cityId: string, rows: readonly SiteImportRow[]) {
  const context = await loadSiteImportContext(tx, cityId);
  const types = new Set(context.siteTypes.map((type) => type.id));
  const departments = new Set(context.departments.map((department) => department.id));
  const problems: ImportProblem[] = [];
  const at = (row: SiteImportRow, column: string, message: string) => problems.push({ sheet: SITE_SHEET, row: row.row, column, message });
  for (const row of rows) {
    if (!types.has(row.siteTypeId)) at(row, "点位类型", `点位类型“${row.siteTypeName}”已不存在。`);
    if (!departments.has(row.responsibleDepartmentId)) at(row, "包点单位", `单位“${row.responsibleDepartmentName}”已不在本市单位名单中。`);
    if (row.code && context.existingCodes.has(row.code.toUpperCase())) at(row, "点位编号", `本市已有编号为“${row.code}”的点位。`);
  }
  if (problems.length > 0) throw importInvalid(problems);
}

/**
 * Writes a checked site list into the actor's city, all or nothing. The file was read and
 * checked before (analyseSiteFile), so the transaction holds only the writes.
 */
export const commitSiteImport = defineUseCase({
  name: "site.import",
  permission: "manage:site",
  input: commitSiteImportInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  run: async ({ tx, actor, input: { sourceName, rows }, audit }) => {
    const cityId = requireCityId(actor);
    await recheck(tx, cityId, rows);
    const named = rows.flatMap((row) => (row.code ? [row.code] : []));
    const free = await allocateSiteCodes(tx, cityId, rows.length - named.length, named);
    let next = 0;
    const data = rows.map((row) => ({
      cityId,
      code: row.code ?? free[next++],
      name: row.name,
      siteTypeId: row.siteTypeId,
      street: row.street,
      grid: row.grid,
      address: row.address,
      longitude: row.longitude,
      latitude: row.latitude,
      responsibleDepartmentId: row.responsibleDepartmentId,
    }));
    for (let start = 0; start < data.length; start += BATCH) await tx.site.createMany({ data: data.slice(start, start + BATCH) });
    await audit({ entityType: "City", entityId: cityId, cityId, after: { source: sourceName, sites: data.length, codes: [data[0].code, data.at(-1)!.code] } });
    return { created: data.length };
  },
});
