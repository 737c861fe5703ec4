import { Document, isMap, isSeq } from "yaml";
import type { CriterionData, EditionData } from "./edition-data";
import { sortedGrades } from "./rubric-params";

/** An edition as written in YAML/JSON (the sample's shape); readEditionDocument reads it back. */
export type CriterionDocument = {
  code: string;
  name: string;
  description?: string;
  points: number | string;
  method: string;
  site_types?: string[];
  rubric: { kind: string; [param: string]: unknown };
  lead?: string;
  co?: string[];
  veto?: boolean;
  online_submission_rule?: string;
  rectification_days?: number;
};
export type EditionDocument = {
  edition: string;
  code: string;
  description?: string;
  categories: Array<{ code: string; name: string; contents: Array<{ code: string; name: string; criteria: CriterionDocument[] }> }>;
};

function rubricOf({ rubricKind, rubricParams: p }: CriterionData): CriterionDocument["rubric"] {
  if (rubricKind === "DEDUCT") return { kind: rubricKind, perFinding: p.perFinding, ...(p.cap !== undefined ? { cap: p.cap } : {}) };
  if (rubricKind === "GRADED") {
    const grades = p.grades as Record<string, number> | undefined;
    return { kind: rubricKind, ...(grades ? { grades: Object.fromEntries(sortedGrades(grades)) } : {}) };
  }
  if (rubricKind === "THRESHOLD") return { kind: rubricKind, target: p.target, direction: p.direction, ...(p.unit ? { unit: p.unit } : {}) };
  return { kind: rubricKind };
}

/** Only what differs from the defaults is written, as in the sample. */
function criterionDocument(criterion: CriterionData): CriterionDocument {
  return {
    code: criterion.code,
    name: criterion.name,
    ...(criterion.description ? { description: criterion.description } : {}),
    points: Number(criterion.points),
    method: criterion.method,
    ...(criterion.siteTypeNames.length > 0 ? { site_types: criterion.siteTypeNames } : {}),
    rubric: rubricOf(criterion),
    ...(criterion.leadDepartmentName ? { lead: criterion.leadDepartmentName } : {}),
    ...(criterion.coDepartmentNames.length > 0 ? { co: criterion.coDepartmentNames } : {}),
    ...(criterion.isVeto ? { veto: true } : {}),
    ...(criterion.onlineSubmissionRule ? { online_submission_rule: criterion.onlineSubmissionRule } : {}),
    ...(criterion.rectificationDays !== null ? { rectification_days: criterion.rectificationDays } : {}),
  };
}

export function toEditionDocument(edition: EditionData): EditionDocument {
  return {
    edition: edition.name,
    code: edition.code,
    ...(edition.description ? { description: edition.description } : {}),
    categories: edition.categories.map((category) => ({
      code: category.code,
      name: category.name,
      contents: category.contents.map((content) => ({
        code: content.code,
        name: content.name,
        criteria: content.criteria.map(criterionDocument),
      })),
    })),
  };
}

/** YAML in the sample's layout: one criterion per line (flow maps), a comment naming the source. */
export function formatEditionYaml(edition: EditionData, comment?: string): string {
  const document = new Document(toEditionDocument(edition));
  if (comment) document.commentBefore = ` ${comment}`;
  const categories = document.get("categories");
  if (isSeq(categories)) {
    for (const category of categories.items) {
      const contents = isMap(category) ? category.get("contents") : undefined;
      for (const content of isSeq(contents) ? contents.items : []) {
        const criteria = isMap(content) ? content.get("criteria") : undefined;
        for (const criterion of isSeq(criteria) ? criteria.items : []) if (isMap(criterion)) criterion.flow = true;
      }
    }
  }
  return document.toString({ lineWidth: 0 });
}
