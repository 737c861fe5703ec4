import { textOf } from "@/lib/domain/tabular-import/cell-value";
import type { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { findSheet, readTable, type TableRow } from "@/lib/domain/tabular-import/read-table";
import type { WorkbookData } from "@/lib/domain/tabular-import/read-workbook";
import { MAX_SITE_ROWS, SITE_COLUMNS, SITE_SHEET, type SiteField, type SiteImportContext, type SiteImportRow } from "./site-sheet-layout";
import { parseSiteRow, siteMatchers } from "./site-sheet-row";

/** The same code twice in the file: the later row is the problem. */
function checkDuplicateCodes(rows: readonly TableRow<SiteField>[], problems: ProblemList) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const code = (textOf(row.value("code")) ?? "").toUpperCase();
    if (!code) continue;
    const first = seen.get(code);
    if (first !== undefined) problems.add(row.locate("code"), `点位编号与第 ${first} 行重复。`);
    else seen.set(code, row.row);
  }
}

/** Reads and checks the 点位 sheet against the site types and the city's departments and codes: every problem at once. */
export function readSiteWorkbook(workbook: WorkbookData, context: SiteImportContext, problems: ProblemList): SiteImportRow[] {
  const sheet = findSheet(workbook.sheets, SITE_SHEET);
  if (!sheet) {
    problems.add({ sheet: SITE_SHEET, row: null, column: null }, `缺少工作表“${SITE_SHEET}”。请使用下载的模板。`);
    return [];
  }
  const rows = readTable(sheet, SITE_COLUMNS, problems);
  if (rows.length > MAX_SITE_ROWS) {
    problems.add({ sheet: sheet.name, row: null, column: null }, `点位超过 ${MAX_SITE_ROWS} 行，请拆分后导入。`);
    return [];
  }
  if (rows.length === 0 && problems.isEmpty) problems.add({ sheet: sheet.name, row: null, column: null }, `工作表“${sheet.name}”中没有点位。`);
  const match = siteMatchers(context);
  const parsed = rows.map((row) => parseSiteRow(row, context, match, problems));
  checkDuplicateCodes(rows, problems);
  return parsed.filter((row): row is SiteImportRow => row !== undefined);
}
