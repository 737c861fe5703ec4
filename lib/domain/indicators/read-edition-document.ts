import { parseDocument } from "yaml";
import { ProblemList, type ProblemLocation } from "@/lib/domain/tabular-import/import-problem";
import { readField } from "@/lib/domain/tabular-import/read-field";
import { assembleCategories } from "./assemble-edition";
import { parseCode, parseName, parseOptionalText } from "./criterion-fields";
import type { EditionData } from "./edition-data";
import { walkEditionDocument } from "./walk-edition-document";
import { parseCriterionRow } from "./parse-criterion-row";
import type { EditionReadResult } from "./read-edition-workbook";

type Sheet = "YAML" | "JSON";
const TOP_KEYS = ["edition", "code", "description", "categories"];

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Reads an edition written as YAML or JSON in the sample's shape (`edition`, `code`,
 * `categories → contents → criteria`). Problems name the sheet "YAML"/"JSON", the criterion's
 * 1-based index as the row (none for the edition, categories and contents) and the field path.
 */
export function readEditionDocument(text: string, sheet: Sheet, problems: ProblemList): EditionReadResult {
  const at = (column: string | null, row: number | null = null): ProblemLocation => ({ sheet, row, column });
  const codeLocation = at("code");
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = error.linePos?.[0];
      problems.add(at(null), `${sheet} 格式错误${line ? `（第 ${line.line} 行第 ${line.col} 列）` : ""}：${error.message.split("\n")[0]}`);
    }
    return { codeLocation };
  }
  return readEditionObject(document.toJS({ maxAliasCount: 100 }), sheet, problems);
}

/** The same, for a document already parsed (a YAML file read by the seed, a fixture written in code). */
export function readEditionObject(root: unknown, sheet: Sheet, problems: ProblemList): EditionReadResult {
  const at = (column: string | null, row: number | null = null): ProblemLocation => ({ sheet, row, column });
  const codeLocation = at("code");
  if (!isMap(root)) {
    problems.add(at(null), "文件内容应为一个对象，包含 edition（名称）、code（编码）和 categories（测评项目）。");
    return { codeLocation };
  }
  for (const key of Object.keys(root).filter((key) => !TOP_KEYS.includes(key))) {
    problems.add(at(key), `未知字段“${key}”，可用字段：${TOP_KEYS.join("、")}。`);
  }
  const record = { label: sheet, value: (key: string) => root[key], locate: (key: string) => at(key) };
  const name = readField(record, "edition", parseName("版本名称 edition"), problems);
  const code = readField(record, "code", parseCode("版本编码 code"), problems);
  const description = readField(record, "description", parseOptionalText("版本说明 description"), problems);
  const rows = walkEditionDocument(root.categories, sheet, problems).map((row) => parseCriterionRow(row, problems));
  const categories = assembleCategories(rows, problems);
  const edition = name && code ? { name, code, description: description ?? null, categories } : undefined;
  return { edition, code, codeLocation };
}

/** For trusted sources (the seed, test fixtures): the edition, or an Error listing every problem. */
export function editionFromObject(root: unknown): EditionData {
  const problems = new ProblemList();
  const { edition } = readEditionObject(root, "YAML", problems);
  if (!problems.isEmpty || !edition) {
    throw new Error(
      problems
        .list()
        .map((problem) => `${problem.column ?? problem.sheet}：${problem.message}`)
        .join("\n"),
    );
  }
  return edition;
}
