import type { CellValue } from "@/lib/domain/tabular-import/cell-value";
import type { WriteColumn, WriteSheet } from "@/lib/domain/tabular-import/write-workbook";
import { criteriaOf, type CriterionData, type EditionData } from "./edition-data";
import { ASSESSMENT_METHODS, METHOD_LABELS, NO, RUBRIC_KIND_LABELS, RUBRIC_KINDS, YES } from "./labels";
import { joinNames } from "./name-list";
import { formatRubricParams } from "./rubric-params";
import { COLUMN_WIDTHS, CRITERIA_SHEET, CRITERION_COLUMNS, INFO_KEYS, INFO_SHEET, type CriterionField } from "./workbook-layout";

const CHOICES: Partial<Record<CriterionField, readonly string[]>> = {
  method: ASSESSMENT_METHODS.map((code) => METHOD_LABELS[code]),
  rubricKind: RUBRIC_KINDS.map((code) => RUBRIC_KIND_LABELS[code]),
  veto: [YES, NO],
};

function cellsOf(category: { code: string; name: string }, content: { code: string; name: string }, c: CriterionData): Record<CriterionField, CellValue> {
  return {
    categoryCode: category.code,
    categoryName: category.name,
    contentCode: content.code,
    contentName: content.name,
    code: c.code,
    name: c.name,
    points: Number(c.points),
    method: METHOD_LABELS[c.method],
    rubricKind: RUBRIC_KIND_LABELS[c.rubricKind],
    rubricParams: formatRubricParams(c.rubricKind, c.rubricParams) || null,
    siteTypes: joinNames(c.siteTypeNames) || null,
    lead: c.leadDepartmentName,
    co: joinNames(c.coDepartmentNames) || null,
    veto: c.isVeto ? YES : NO,
    onlineRule: c.onlineSubmissionRule,
    rectificationDays: c.rectificationDays,
    description: c.description,
  };
}

/**
 * The sheets `版本信息` and `测评体系` of an edition, in the import layout: the 16 columns, and the
 * optional 测评标准说明 column only when a criterion has a description (so nothing is lost).
 */
export function editionSheets(edition: EditionData, { blankRows = 0 } = {}): WriteSheet[] {
  const hasDescriptions = criteriaOf(edition).some((criterion) => criterion.description);
  const columns = CRITERION_COLUMNS.filter((column) => column.key !== "description" || hasDescriptions);
  const rows = edition.categories.flatMap((category) =>
    category.contents.flatMap((content) =>
      content.criteria.map((criterion) => {
        const cells = cellsOf(category, content, criterion);
        return columns.map((column) => cells[column.key]);
      }),
    ),
  );
  const tableColumns: WriteColumn[] = columns.map((column) => ({ header: column.header, width: COLUMN_WIDTHS[column.key], choices: CHOICES[column.key] }));
  return [
    {
      kind: "rows",
      name: INFO_SHEET,
      widths: [10, 48],
      boldFirstColumn: true,
      rows: [[INFO_KEYS.name, edition.name], [INFO_KEYS.code, edition.code], ...(edition.description ? [[INFO_KEYS.description, edition.description]] : [])],
    },
    { kind: "table", name: CRITERIA_SHEET, columns: tableColumns, rows, blankRows },
  ];
}
