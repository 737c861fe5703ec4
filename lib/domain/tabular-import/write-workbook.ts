import ExcelJS from "exceljs";
import type { CellValue } from "./cell-value";

export type WriteColumn = {
  header: string;
  width?: number;
  /** A drop-down list of allowed values, so that people filling the sheet by hand pick a valid one. */
  choices?: readonly string[];
};

export type WriteSheet =
  /** A header row, then one row per record; `blankRows` more rows keep the drop-downs for new records. */
  | { kind: "table"; name: string; columns: readonly WriteColumn[]; rows: readonly CellValue[][]; blankRows?: number }
  /** Free rows such as key/value pairs or instructions, with column widths. */
  | { kind: "rows"; name: string; rows: readonly CellValue[][]; widths?: readonly number[]; boldFirstColumn?: boolean };

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

function writeTable(worksheet: ExcelJS.Worksheet, sheet: Extract<WriteSheet, { kind: "table" }>) {
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width ?? 14 }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: "middle", wrapText: true };
  worksheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
  const lastRow = sheet.rows.length + 1 + (sheet.blankRows ?? 0);
  sheet.columns.forEach((column, index) => {
    if (!column.choices) return;
    const formula = `"${column.choices.join(",")}"`;
    for (let row = 2; row <= lastRow; row += 1) {
      worksheet.getCell(row, index + 1).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `请从列表中选择：${column.choices.join("、")}`,
      };
    }
  });
}

function writeRows(worksheet: ExcelJS.Worksheet, sheet: Extract<WriteSheet, { kind: "rows" }>) {
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
  sheet.widths?.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
    worksheet.getColumn(index + 1).alignment = { vertical: "top", wrapText: true };
  });
  if (sheet.boldFirstColumn) worksheet.getColumn(1).font = { bold: true };
}

/** An .xlsx file of the given sheets, in order. */
export async function writeWorkbook(sheets: readonly WriteSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "创文";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.kind === "table") writeTable(worksheet, sheet);
    else writeRows(worksheet, sheet);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
