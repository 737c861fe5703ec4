import Decimal from "decimal.js";
import type { AssessmentMethodCode, RubricKindCode } from "./labels";
import type { RubricParams } from "./rubric-params";

/** A criterion as the Criterion table stores it (points as an exact decimal string). */
export type CriterionData = {
  code: string;
  name: string;
  description: string | null;
  points: string;
  method: AssessmentMethodCode;
  rubricKind: RubricKindCode;
  rubricParams: RubricParams;
  siteTypeNames: string[];
  leadDepartmentName: string | null;
  coDepartmentNames: string[];
  isVeto: boolean;
  onlineSubmissionRule: string | null;
  rectificationDays: number | null;
};
export type ContentData = { code: string; name: string; criteria: CriterionData[] };
export type CategoryData = { code: string; name: string; contents: ContentData[] };
/** A whole edition: what an import creates and an export writes. */
export type EditionData = { code: string; name: string; description: string | null; categories: CategoryData[] };

export type EditionCounts = { categories: number; contents: number; criteria: number; points: string };

export function sumPoints(criteria: readonly Pick<CriterionData, "points">[]): string {
  return criteria.reduce((sum, criterion) => sum.plus(criterion.points), new Decimal(0)).toString();
}

export function criteriaOf(edition: Pick<EditionData, "categories">): CriterionData[] {
  return edition.categories.flatMap((category) => category.contents.flatMap((content) => content.criteria));
}

export function countEdition(edition: Pick<EditionData, "categories">): EditionCounts {
  return {
    categories: edition.categories.length,
    contents: edition.categories.reduce((sum, category) => sum + category.contents.length, 0),
    criteria: criteriaOf(edition).length,
    points: sumPoints(criteriaOf(edition)),
  };
}

/** The tree in brief (codes, names, points per level), for the preview before an import. */
export function summarizeEdition(edition: Pick<EditionData, "categories">) {
  return edition.categories.map((category) => ({
    code: category.code,
    name: category.name,
    points: sumPoints(category.contents.flatMap((content) => content.criteria)),
    contents: category.contents.map((content) => ({
      code: content.code,
      name: content.name,
      points: sumPoints(content.criteria),
      criteria: content.criteria.length,
    })),
  }));
}
export type EditionSummary = ReturnType<typeof summarizeEdition>;

/** The criterion fields an edition file carries, from a richer record (a database row, a view). */
export function pickCriterionData(criterion: CriterionData): CriterionData {
  const {
    code,
    name,
    description,
    points,
    method,
    rubricKind,
    rubricParams,
    siteTypeNames,
    leadDepartmentName,
    coDepartmentNames,
    isVeto,
    onlineSubmissionRule,
    rectificationDays,
  } = criterion;
  return {
    code,
    name,
    description,
    points,
    method,
    rubricKind,
    rubricParams,
    siteTypeNames,
    leadDepartmentName,
    coDepartmentNames,
    isVeto,
    onlineSubmissionRule,
    rectificationDays,
  };
}

/** The edition part of a richer tree (ids, totals and explanations are dropped). */
export function pickEditionData(tree: EditionData): EditionData {
  return {
    code: tree.code,
    name: tree.name,
    description: tree.description,
    categories: tree.categories.map((category) => ({
      code: category.code,
      name: category.name,
      contents: category.contents.map((content) => ({ code: content.code, name: content.name, criteria: content.criteria.map(pickCriterionData) })),
    })),
  };
}
