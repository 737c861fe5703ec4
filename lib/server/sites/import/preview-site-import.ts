import type { SiteImportRow } from "@/lib/domain/sites/site-sheet-layout";
import type { SiteImportPreview } from "@/lib/validation/site-import";

const PREVIEW_ROWS = 20;

/** What an import would create: counts per type, streets and units, and the first rows. */
export function previewSiteImport(rows: readonly SiteImportRow[]): SiteImportPreview {
  const perType = new Map<string, number>();
  for (const row of rows) perType.set(row.siteTypeName, (perType.get(row.siteTypeName) ?? 0) + 1);
  return {
    counts: {
      sites: rows.length,
      streets: new Set(rows.flatMap((row) => (row.street ? [row.street] : []))).size,
      departments: new Set(rows.map((row) => row.responsibleDepartmentId)).size,
    },
    types: [...perType].map(([name, sites]) => ({ name, sites })),
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => ({
      row: row.row,
      name: row.name,
      siteType: row.siteTypeName,
      street: row.street,
      grid: row.grid,
      responsibleDepartment: row.responsibleDepartmentName,
      code: row.code,
    })),
  };
}
