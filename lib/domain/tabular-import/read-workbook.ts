import ExcelJS from "exceljs";
import { ooxmlKind } from "@/lib/domain/evidence/ooxml-kind";
import { isBlank, normalizeCell, type CellValue } from "./cell-value";

export type SheetRow = { row: number; cells: CellValue[] };
/** A worksheet's non-empty rows; `cells[0]` is column A; `row` is the 1-based Excel row. */
export type SheetData = { name: string; rows: SheetRow[] };
export type WorkbookData = { sheets: SheetData[] };

export class UnreadableWorkbookError extends Error {}

/** Reads every sheet of an .xlsx file with exceljs. Throws UnreadableWorkbookError for a damaged file. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookData> {
  // The same rule as evidence, from the ZIP's central directory before anything is inflated: a
  // damaged ZIP, another Office document or one with macros (.xlsm) is not read.
  if (ooxmlKind(bytes) !== "xlsx") throw new UnreadableWorkbookError("not a macro-free Excel workbook");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new UnreadableWorkbookError(error instanceof Error ? error.message : String(error));
  }
  return {
    sheets: workbook.worksheets.map((worksheet) => {
      const rows: SheetRow[] = [];
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          cells[columnNumber - 1] = normalizeCell(cell.value);
        });
        for (let index = 0; index < cells.length; index += 1) cells[index] ??= null;
        if (cells.some((cell) => !isBlank(cell))) rows.push({ row: rowNumber, cells });
      });
      return { name: worksheet.name.trim(), rows };
    }),
  };
}

export const UNREADABLE_MESSAGE = "无法读取该工作簿：文件已损坏，或不是 Excel 工作簿（.xlsx）。请用 Excel 打开后另存为 .xlsx 再上传。";
