// The words of the indicator system as offices write them, and the codes the app stores.
// Kept here (not imported from Prisma) so that lib/domain stays free of the database.

export const ASSESSMENT_METHODS = ["FIELD", "MATERIAL", "SURVEY", "ONLINE", "DATA"] as const;
export type AssessmentMethodCode = (typeof ASSESSMENT_METHODS)[number];

export const RUBRIC_KINDS = ["DEDUCT", "PROPORTION", "PASS_FAIL", "GRADED", "THRESHOLD"] as const;
export type RubricKindCode = (typeof RUBRIC_KINDS)[number];

export const METHOD_LABELS: Record<AssessmentMethodCode, string> = {
  FIELD: "实地考察",
  MATERIAL: "材料审核",
  SURVEY: "问卷调查",
  ONLINE: "网上申报",
  DATA: "数据比对",
};

export const RUBRIC_KIND_LABELS: Record<RubricKindCode, string> = {
  DEDUCT: "扣分制",
  PROPORTION: "按比例",
  PASS_FAIL: "达标制",
  GRADED: "分档",
  THRESHOLD: "数值达标",
};

export const YES = "是";
export const NO = "否";

/** The group name meaning "every street office of the city" (resolved when a city adopts the edition). */
export const ALL_STREETS_NAME = "各街道办事处";

function lookup<C extends string>(codes: readonly C[], labels: Record<C, string>, text: string): C | undefined {
  const upper = text.toUpperCase();
  return codes.find((code) => code === upper || labels[code] === text);
}

/** 实地考察 or FIELD (any case) → FIELD. */
export function methodFromText(text: string): AssessmentMethodCode | undefined {
  return lookup(ASSESSMENT_METHODS, METHOD_LABELS, text);
}

/** 扣分制 or DEDUCT (any case) → DEDUCT. */
export function rubricKindFromText(text: string): RubricKindCode | undefined {
  return lookup(RUBRIC_KINDS, RUBRIC_KIND_LABELS, text);
}
