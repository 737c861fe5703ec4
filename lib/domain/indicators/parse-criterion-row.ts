import type { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { readField, type SourceRecord } from "@/lib/domain/tabular-import/read-field";
import {
  parseCode,
  parseLead,
  parseMethod,
  parseName,
  parseNameList,
  parseOptionalText,
  parsePoints,
  parseRectificationDays,
  parseRubricKind,
  parseRubricParams,
  parseVeto,
} from "./criterion-fields";
import type { CriterionData } from "./edition-data";
import type { CriterionField } from "./workbook-layout";

export type CriterionRecord = SourceRecord<CriterionField>;

/** What one row yields: its tree position (for grouping and duplicate checks) and, if valid, the criterion. */
export type ParsedCriterionRow = {
  record: CriterionRecord;
  categoryCode?: string;
  categoryName?: string;
  contentCode?: string;
  contentName?: string;
  code?: string;
  criterion?: CriterionData;
};

/** Validates every field of one row, adding one problem per bad field. */
export function parseCriterionRow(record: CriterionRecord, problems: ProblemList): ParsedCriterionRow {
  const before = problems.count;
  const field = <T>(key: CriterionField, parse: (value: unknown) => { ok: true; value: T } | { ok: false; message: string }) =>
    readField(record, key, parse, problems);
  const categoryCode = field("categoryCode", parseCode("测评项目编码"));
  const categoryName = field("categoryName", parseName("测评项目"));
  const contentCode = field("contentCode", parseCode("测评内容编码"));
  const contentName = field("contentName", parseName("测评内容"));
  const code = field("code", parseCode("测评标准编码"));
  const name = field("name", parseName("测评标准"));
  const points = field("points", parsePoints);
  const method = field("method", parseMethod);
  const rubricKind = field("rubricKind", parseRubricKind);
  const rubricParams = rubricKind ? field("rubricParams", parseRubricParams(rubricKind)) : undefined;
  const siteTypeNames = field("siteTypes", parseNameList("点位类型"));
  const leadDepartmentName = field("lead", parseLead);
  const coDepartmentNames = field("co", parseNameList("配合单位"));
  const isVeto = field("veto", parseVeto);
  const onlineSubmissionRule = field("onlineRule", parseOptionalText("网上申报具体规定"));
  const rectificationDays = field("rectificationDays", parseRectificationDays);
  const description = field("description", parseOptionalText("测评标准说明"));
  const row: ParsedCriterionRow = { record, categoryCode, categoryName, contentCode, contentName, code };
  if (problems.count > before) return row;
  const criterion: CriterionData = {
    code: code!,
    name: name!,
    description: description ?? null,
    points: points!,
    method: method!,
    rubricKind: rubricKind!,
    rubricParams: rubricParams!,
    siteTypeNames: siteTypeNames!,
    leadDepartmentName: leadDepartmentName ?? null,
    coDepartmentNames: coDepartmentNames!,
    isVeto: isVeto!,
    onlineSubmissionRule: onlineSubmissionRule ?? null,
    rectificationDays: rectificationDays ?? null,
  };
  return { ...row, criterion };
}
