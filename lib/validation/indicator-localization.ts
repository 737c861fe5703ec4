import { AssessmentMethod, RubricKind } from "@/lib/generated/prisma/enums";
import { parseRubricParamsText, validateRubricParams, type RubricParams } from "@/lib/domain/indicators/rubric-params";
import { blankToNull, idSchema, multiLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// A city's side of the indicator system: adopting an edition, mapping its department names,
// localizing criteria and adding local ones. Shared by the forms and the server actions.

export const ASSESSMENT_METHODS = Object.values(AssessmentMethod);
export const RUBRIC_KINDS = Object.values(RubricKind);

const optionalVersion = z.coerce.number().int().min(0).optional();
// Left out or blank, a local criterion's text is none (null).
const optionalText = (max: number) => blankToNull(multiLineText().max(max)).transform((value) => value ?? null);

/** Days to rectify a finding: empty keeps the edition's default (null), 0 is allowed, negative is not. */
export const rectificationDaysSchema = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return null;
    const days = typeof value === "number" ? value : Number(value.trim());
    if (!Number.isInteger(days)) ctx.addIssue({ code: "custom", message: "整改时限须为整数天数" });
    else if (days < 0) ctx.addIssue({ code: "custom", message: "整改时限不能为负数" });
    else if (days > 3650) ctx.addIssue({ code: "custom", message: "整改时限不能超过 3650 天" });
    else return days;
    return z.NEVER;
  });

/** Points > 0 with at most 4 decimals, kept as a decimal string. */
export const pointsSchema = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const text = String(value).trim();
  if (!/^\d+(\.\d{1,4})?$/.test(text) || Number(text) <= 0) {
    ctx.addIssue({ code: "custom", message: "分值须为正数，最多 4 位小数" });
    return z.NEVER;
  }
  if (Number(text) > 1000) {
    ctx.addIssue({ code: "custom", message: "分值不能超过 1000" });
    return z.NEVER;
  }
  return text;
});

export const adoptEditionInput = z.object({ cycleId: idSchema, editionId: z.string().trim().min(1, "请选择测评体系").max(64), version: optionalVersion });
export type AdoptEditionInput = z.input<typeof adoptEditionInput>;

/** An edition's department name goes to one department of the city, or to all its street offices. */
export const mapDepartmentNameInput = z
  .object({
    name: z.string().trim().min(1, "请填写名称").max(100),
    departmentId: idSchema.nullish(),
    isAllStreets: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.departmentId === !input.isAllStreets) ctx.addIssue({ code: "custom", path: ["departmentId"], message: "请选择对应的单位或全部街道" });
  });
export type MapDepartmentNameInput = z.input<typeof mapDepartmentNameInput>;

const departmentFields = {
  leadDepartmentId: z.string({ error: "请选择牵头单位" }).trim().min(1, "请选择牵头单位").max(64),
  coDepartmentIds: z.array(idSchema).max(100).default([]),
  rectificationDays: rectificationDaysSchema,
};

export const updateCriterionLocalizationInput = z.object({
  criterionId: idSchema,
  ...departmentFields,
  isExcluded: z.boolean().default(false),
  /** The localization's version as read; 0 when the criterion had none yet. */
  version: optionalVersion,
});
export type UpdateCriterionLocalizationInput = z.input<typeof updateCriterionLocalizationInput>;

type Ctx = { addIssue: (issue: { code: "custom"; message: string; path: string[] }) => void };

/**
 * The rubric parameters of a local criterion, checked exactly as an import checks them. Empty
 * form fields are left out; GRADED grades may come as the workbook's text "A=1, B=0.7".
 */
function rubricParamsOf(kind: RubricKind, params: Record<string, unknown>, ctx: Ctx): RubricParams | null {
  const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ""));
  const result = kind === "GRADED" && typeof given.grades === "string" ? parseRubricParamsText(kind, given.grades) : validateRubricParams(kind, given);
  if (result.ok) return result.params;
  for (const message of result.messages) ctx.addIssue({ code: "custom", message, path: ["rubricParams"] });
  return null;
}

const IGNORE: Ctx = { addIssue: () => undefined };

function hasRubric({ value }: { value: unknown }): boolean {
  const input = value as { rubricKind?: unknown; rubricParams?: unknown } | null;
  return typeof input?.rubricParams === "object" && input.rubricParams !== null && (RUBRIC_KINDS as unknown[]).includes(input.rubricKind);
}

export const createLocalCriterionInput = z
  .object({
    contentId: z.string({ error: "请选择测评内容" }).trim().min(1, "请选择测评内容").max(64),
    code: z.string().trim().min(1, "请填写编码").max(40),
    name: z.string().trim().min(1, "请填写名称").max(200),
    description: optionalText(2000),
    points: pointsSchema,
    method: z.enum(AssessmentMethod, { error: "请选择测评方法" }),
    rubricKind: z.enum(RubricKind, { error: "请选择评分规则" }),
    rubricParams: z.record(z.string(), z.unknown()).default({}),
    siteTypeNames: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
    ...departmentFields,
    isVeto: z.boolean().default(false),
    onlineSubmissionRule: optionalText(1000),
  })
  // Runs even when other fields failed, so every problem of the form is reported at once.
  .superRefine((input, ctx) => void rubricParamsOf(input.rubricKind, input.rubricParams, ctx), { when: hasRubric })
  .transform((input) => ({
    ...input,
    rubricParams: rubricParamsOf(input.rubricKind, input.rubricParams, IGNORE)!,
    siteTypeNames: [...new Set(input.siteTypeNames)],
  }));
export type CreateLocalCriterionInput = z.input<typeof createLocalCriterionInput>;

export const deleteLocalCriterionInput = z.object({ id: idSchema });
export type DeleteLocalCriterionInput = z.input<typeof deleteLocalCriterionInput>;
