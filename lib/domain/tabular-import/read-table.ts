import { normalizeHeader, type CellValue } from "./cell-value";
import type { ProblemList } from "./import-problem";
import type { SourceRecord } from "./read-field";
import type { SheetData } from "./read-workbook";

export type TableColumn<K extends string> = { key: K; header: string; isOptional?: boolean };

/** One data row of a table, its cells by column key, and where each of them is for problems. */
export type TableRow<K extends string> = SourceRecord<K> & { sheet: string; row: number; value: (key: K) => CellValue };

/**
 * Reads a sheet whose first non-empty row is a header. Columns are found by header text, so a
 * reordered or widened sheet still reads; a missing column is one problem on the header row
 * (and then no rows are read, as every one of them would repeat it).
 */
export function readTable<K extends string>(sheet: SheetData, columns: readonly TableColumn<K>[], problems: ProblemList): TableRow<K>[] {
  const [header, ...rows] = sheet.rows;
  if (!header) {
    problems.add({ sheet: sheet.name, row: null, column: null }, `工作表“${sheet.name}”是空的，第 1 行应为表头。`);
    return [];
  }
  const positions = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (!name) return;
    if (positions.has(name)) problems.add({ sheet: sheet.name, row: header.row, column: String(cell) }, `表头“${String(cell)}”重复出现。`);
    else positions.set(name, index);
  });
  const indexOf = new Map<K, number>();
  let isComplete = true;
  for (const column of columns) {
    const index = positions.get(normalizeHeader(column.header));
    if (index !== undefined) indexOf.set(column.key, index);
    else if (!column.isOptional) {
      isComplete = false;
      problems.add({ sheet: sheet.name, row: header.row, column: column.header }, `缺少列“${column.header}”。请使用模板的表头。`);
    }
  }
  if (!isComplete) return [];
  const headerOf = new Map(columns.map((column) => [column.key, column.header]));
  return rows.map(({ row, cells }) => ({
    sheet: sheet.name,
    row,
    label: `第 ${row} 行`,
    value: (key) => {
      const index = indexOf.get(key);
      return index === undefined ? null : (cells[index] ?? null);
    },
    locate: (key) => ({ sheet: sheet.name, row, column: headerOf.get(key) ?? key }),
  }));
}

/** A key/value sheet (`名称 | …`): the first cell of each row is the key, the second its value. */
export function readKeyValues(sheet: SheetData): Map<string, { value: CellValue; row: number }> {
  const entries = new Map<string, { value: CellValue; row: number }>();
  for (const { row, cells } of sheet.rows) {
    const key = normalizeHeader(cells[0]);
    if (key && !entries.has(key)) entries.set(key, { value: cells[1] ?? null, row });
  }
  return entries;
}

export function findSheet(sheets: readonly SheetData[], name: string): SheetData | undefined {
  return sheets.find((sheet) => normalizeHeader(sheet.name) === normalizeHeader(name));
}
