import ExcelJS from "exceljs";
import { LEDGER_COLUMNS, LEDGER_SHEET_NAME, ledgerRowCells } from "./ledger-export-columns";
import type { LedgerExportRow } from "./ledger-export-rows";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

/**
 * The ledger as an .xlsx with one sheet 工作台账: a styled, frozen, filterable header and
 * wrapped text. Written with exceljs's streaming writer and column-level styles rather than the
 * import's generic writer: a city's ledger has tens of thousands of rows, and per-cell styles
 * made it many times slower.
 */
export async function writeLedgerWorkbook(rows: readonly LedgerExportRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import("node:stream");
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = "创文";
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((column) => ({
    header: column.header,
    width: column.width,
    style: { alignment: { vertical: "top", wrapText: true } },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEDGER_COLUMNS.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: "middle", wrapText: true };
  header.commit();
  // A blank column is an empty cell, not an empty string.
  for (const row of rows) sheet.addRow(ledgerRowCells(row).map((cell) => cell || null)).commit();
  sheet.commit();
  await workbook.commit();
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}
