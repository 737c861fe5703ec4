import ExcelJS from "exceljs";
import { LEDGER_COLUMNS, LEDGER_SHEET_NAME, ledgerRowCells } from "./ledger-export-columns";
import type { LedgerExportRow } from "./ledger-export-rows";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FFB8C2CC" } };

/**
 * The ledger as an .xlsx with one sheet 工作台账. Written here rather than through the import's
 * generic writer because a ledger is read on paper: every cell wraps and is bordered.
 */
export async function writeLedgerWorkbook(rows: readonly LedgerExportRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "创文";
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  for (const row of rows) sheet.addRow(ledgerRowCells(row));
  sheet.eachRow((row, index) => {
    row.alignment = { vertical: index === 1 ? "middle" : "top", wrapText: true };
    for (let column = 1; column <= LEDGER_COLUMNS.length; column += 1) {
      row.getCell(column).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEDGER_COLUMNS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
