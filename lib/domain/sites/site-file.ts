import { detectFileKind, XLS_MESSAGE, type ImportFile } from "@/lib/domain/tabular-import/detect-file-kind";
import { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { readWorkbook, UnreadableWorkbookError, UNREADABLE_MESSAGE } from "@/lib/domain/tabular-import/read-workbook";
import { SITE_SHEET, type SiteImportContext, type SiteImportRow } from "./site-sheet-layout";
import { readSiteWorkbook } from "./site-sheet-rows";

export const MAX_SITE_FILE_BYTES = 10 * 1024 * 1024;

export type SiteFileResult = { rows: SiteImportRow[]; problems: ProblemList; isReadable: boolean };

/** Reads an uploaded site list (.xlsx by its content) and checks all of it against the context. */
export async function parseSiteFile(file: ImportFile, context: SiteImportContext): Promise<SiteFileResult> {
  const problems = new ProblemList([SITE_SHEET]);
  const fail = (message: string): SiteFileResult => {
    problems.add({ sheet: file.name, row: null, column: null }, message);
    return { rows: [], problems, isReadable: false };
  };
  if (file.bytes.byteLength === 0) return fail("文件是空的。");
  if (file.bytes.byteLength > MAX_SITE_FILE_BYTES) return fail("文件超过 10 MB，请检查是否选错了文件。");
  const kind = detectFileKind(file);
  if (kind === "xls") return fail(XLS_MESSAGE);
  if (kind !== "xlsx") return fail("点位只能导入 Excel 工作簿（.xlsx），请使用下载的模板。");
  try {
    const workbook = await readWorkbook(file.bytes);
    return { rows: readSiteWorkbook(workbook, context, problems), problems, isReadable: true };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return fail(UNREADABLE_MESSAGE);
    throw error;
  }
}
