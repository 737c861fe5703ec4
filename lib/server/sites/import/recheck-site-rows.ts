import { importInvalid, type ImportProblem } from "@/lib/domain/tabular-import/import-problem";
import { SITE_SHEET, type SiteImportRow } from "@/lib/domain/sites/site-sheet-layout";
import type { Tx } from "@/lib/server/tx";
import { loadSiteImportContext } from "./load-site-import-context";

/** What may have changed since the file was checked (a department deleted, a code taken): checked again inside the transaction. */
export async function recheckSiteRows(tx: Tx, cityId: string, rows: readonly SiteImportRow[]) {
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
