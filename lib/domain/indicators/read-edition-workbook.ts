import type { ProblemList, ProblemLocation } from "@/lib/domain/tabular-import/import-problem";
import { readField, type SourceRecord } from "@/lib/domain/tabular-import/read-field";
import { findSheet, readKeyValues, readTable } from "@/lib/domain/tabular-import/read-table";
import type { WorkbookData } from "@/lib/domain/tabular-import/read-workbook";
import { assembleCategories } from "./assemble-edition";
import { parseCode, parseName, parseOptionalText } from "./criterion-fields";
import type { EditionData } from "./edition-data";
import { parseCriterionRow } from "./parse-criterion-row";
import { CRITERIA_SHEET, CRITERION_COLUMNS, INFO_KEYS, INFO_SHEET } from "./workbook-layout";

/** What a file yields: the edition when it is valid, and where its code is (to report a taken one). */
export type EditionReadResult = { edition?: EditionData; code?: string; codeLocation: ProblemLocation };

const MAX_ROWS = 5000;

function readInfo(workbook: WorkbookData, problems: ProblemList) {
  const sheet = findSheet(workbook.sheets, INFO_SHEET);
  const missing: ProblemLocation = { sheet: INFO_SHEET, row: null, column: INFO_KEYS.code };
  if (!sheet) {
    problems.add({ sheet: INFO_SHEET, row: null, column: null }, `缺少工作表“${INFO_SHEET}”（两行：名称 | 测评体系名称；编码 | 版本编码）。`);
    return { codeLocation: missing };
  }
  const entries = readKeyValues(sheet);
  const record: SourceRecord<keyof typeof INFO_KEYS> = {
    label: INFO_SHEET,
    value: (key) => entries.get(INFO_KEYS[key])?.value ?? null,
    locate: (key) => ({ sheet: INFO_SHEET, row: entries.get(INFO_KEYS[key])?.row ?? null, column: INFO_KEYS[key] }),
  };
  const name = readField(record, "name", parseName("版本名称（名称）"), problems);
  const code = readField(record, "code", parseCode("版本编码（编码）"), problems);
  const description = readField(record, "description", parseOptionalText("版本说明（说明）"), problems);
  return { name, code, description, codeLocation: record.locate("code") };
}

/** Reads the sheets `版本信息` and `测评体系` of an edition workbook, reporting every problem. */
export function readEditionWorkbook(workbook: WorkbookData, problems: ProblemList): EditionReadResult {
  const info = readInfo(workbook, problems);
  const sheet = findSheet(workbook.sheets, CRITERIA_SHEET);
  if (!sheet) {
    problems.add({ sheet: CRITERIA_SHEET, row: null, column: null }, `缺少工作表“${CRITERIA_SHEET}”。请使用下载的模板。`);
    return { code: info.code, codeLocation: info.codeLocation };
  }
  const rows = readTable(sheet, CRITERION_COLUMNS, problems);
  if (rows.length > MAX_ROWS) {
    problems.add({ sheet: sheet.name, row: null, column: null }, `测评标准超过 ${MAX_ROWS} 行，请拆分后导入。`);
    return { code: info.code, codeLocation: info.codeLocation };
  }
  if (rows.length === 0 && sheet.rows.length <= 1) {
    problems.add({ sheet: sheet.name, row: null, column: null }, `工作表“${sheet.name}”中没有测评标准。`);
  }
  const categories = assembleCategories(
    rows.map((row) => parseCriterionRow(row, problems)),
    problems,
  );
  const edition = info.name && info.code ? { name: info.name, code: info.code, description: info.description ?? null, categories } : undefined;
  return { edition, code: info.code, codeLocation: info.codeLocation };
}
