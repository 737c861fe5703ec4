import { decodeText, detectFileKind, UNKNOWN_KIND_MESSAGE, XLS_MESSAGE, type ImportFile } from "@/lib/domain/tabular-import/detect-file-kind";
import { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { readWorkbook, UnreadableWorkbookError, UNREADABLE_MESSAGE } from "@/lib/domain/tabular-import/read-workbook";
import { readEditionDocument } from "./read-edition-document";
import { readEditionWorkbook, type EditionReadResult } from "./read-edition-workbook";
import { CRITERIA_SHEET, INFO_SHEET } from "./workbook-layout";

export const MAX_EDITION_FILE_BYTES = 10 * 1024 * 1024;

export type EditionFileResult = EditionReadResult & { problems: ProblemList; format: "xlsx" | "yaml" | "json" | null };

/**
 * Reads an edition from an uploaded file — .xlsx (by its content), .yaml/.yml or .json — and
 * validates all of it. No database: checks that need one (a taken code) are the caller's.
 */
export async function parseEditionFile(file: ImportFile): Promise<EditionFileResult> {
  const problems = new ProblemList([INFO_SHEET, CRITERIA_SHEET]);
  const fail = (message: string): EditionFileResult => {
    problems.add({ sheet: file.name, row: null, column: null }, message);
    return { problems, format: null, codeLocation: { sheet: file.name, row: null, column: null } };
  };
  if (file.bytes.byteLength === 0) return fail("文件是空的。");
  if (file.bytes.byteLength > MAX_EDITION_FILE_BYTES) return fail("文件超过 10 MB，请检查是否选错了文件。");
  const kind = detectFileKind(file);
  if (kind === "xls") return fail(XLS_MESSAGE);
  if (kind === "unknown") return fail(UNKNOWN_KIND_MESSAGE);
  if (kind === "xlsx") {
    try {
      const workbook = await readWorkbook(file.bytes);
      return { ...readEditionWorkbook(workbook, problems), problems, format: "xlsx" };
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) return fail(UNREADABLE_MESSAGE);
      throw error;
    }
  }
  const sheet = kind === "json" ? "JSON" : "YAML";
  return { ...readEditionDocument(decodeText(file.bytes), sheet, problems), problems, format: kind };
}
