import { idSchema, multiLineText, singleLineText } from "@/lib/validation/primitives";
import { uploadedFiles } from "@/lib/validation/uploads";
import { z } from "@/lib/validation/zod";

// Checks (检查记录): what the phone and the office's desk entry send, and what they get back.

export const VISIT_STATUSES = ["INSPECTED", "REFUSED", "NOT_INSPECTABLE"] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const MAX_CHECK_PHOTOS = 20;

const OUTCOME_MESSAGE = '结果应为 {"pass":true}、{"findings":2}、{"grade":"B"} 或 {"value":"12.5"} 之一';
// A measured value fits the stored Decimal(14, 4) exactly, so what is saved is what was sent.
const DECIMAL_VALUE = /^-?\d{1,10}(\.\d{1,4})?$/;

/**
 * The auditor's calculator shapes; which one fits is the criterion's rubric's business. Every
 * problem is reported on `outcome` itself, so the phone shows it beside the one control.
 */
export const outcomeSchema = z
  .union(
    [
      z.strictObject({ pass: z.boolean() }),
      z.strictObject({ findings: z.number() }),
      z.strictObject({ grade: z.string() }),
      z.strictObject({ value: z.union([z.string(), z.number()]).transform((value) => String(value).trim()) }),
    ],
    { error: OUTCOME_MESSAGE },
  )
  .superRefine((outcome, ctx) => {
    const problem =
      "findings" in outcome && !(Number.isInteger(outcome.findings) && outcome.findings >= 0 && outcome.findings <= 100000)
        ? "问题数应为 0 到 100000 的整数"
        : "grade" in outcome && !/^[^\u0000-\u001f\u007f-\u009f]{1,20}$/.test(outcome.grade.trim())
          ? "档次应为 1 到 20 个字"
          : "value" in outcome && !DECIMAL_VALUE.test(outcome.value)
            ? "数值最多 10 位整数、4 位小数"
            : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((outcome) => ("grade" in outcome ? { grade: outcome.grade.trim() } : outcome));
export type CheckOutcomeInput = z.infer<typeof outcomeSchema>;

// A multipart form sends every field as text: the outcome as JSON, numbers as digits.
const fromFormJson = (value: unknown) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};
const fromFormNumber = (value: unknown) => (typeof value === "string" ? (value.trim() === "" ? null : Number(value)) : value);
const coordinate = (limit: number) => z.preprocess(fromFormNumber, z.number().finite().min(-limit).max(limit).nullish());

const checkResultFields = {
  visitStatus: z.enum(VISIT_STATUSES, { error: "检查情况应为 INSPECTED、REFUSED 或 NOT_INSPECTABLE" }),
  outcome: z.preprocess(fromFormJson, outcomeSchema.nullish()),
  note: z.preprocess((value) => (value === "" ? null : value), multiLineText().max(2000, "说明不能超过 2000 个字").nullish()),
};

// The outcome is required when the site was inspected and absent otherwise (the reason goes in the note).
function outcomeFitsVisit(input: { visitStatus: VisitStatus; outcome?: unknown }, ctx: z.RefinementCtx) {
  if (input.visitStatus === "INSPECTED" && (input.outcome === undefined || input.outcome === null)) {
    ctx.addIssue({ code: "custom", path: ["outcome"], message: "已检查的点位请填写检查结果" });
  }
  if (input.visitStatus !== "INSPECTED" && input.outcome !== undefined && input.outcome !== null) {
    ctx.addIssue({ code: "custom", path: ["outcome"], message: "未检查（拒绝检查或无法检查）时不填检查结果" });
  }
}

export const submitCheckInput = z
  .object({
    roundId: idSchema,
    clientKey: singleLineText().min(1, "缺少 clientKey").max(100, "clientKey 不能超过 100 个字符"),
    criterionId: idSchema,
    siteId: z.preprocess((value) => (value === "" ? null : value), idSchema.nullish()),
    ...checkResultFields,
    latitude: coordinate(90),
    longitude: coordinate(180),
    capturedAt: z.preprocess((value) => (value === "" ? null : value), z.iso.datetime({ offset: true, error: "拍摄时间应为带时区的 ISO 8601 时间" }).nullish()),
    photos: uploadedFiles({ max: MAX_CHECK_PHOTOS }),
  })
  .superRefine(outcomeFitsVisit);
export type SubmitCheckInput = z.input<typeof submitCheckInput>;

/**
 * A correction names the version it read and the fields it changes (PATCH /api/v1/checks/{id});
 * omitted fields keep their values. The merged result must still fit: an outcome when inspected.
 */
export const correctCheckBody = z.object({
  version: z.number().int().min(1),
  visitStatus: checkResultFields.visitStatus.optional(),
  outcome: checkResultFields.outcome,
  note: checkResultFields.note,
});

export const correctCheckInput = correctCheckBody.extend({ id: idSchema }).superRefine((input, ctx) => {
  if (input.visitStatus) outcomeFitsVisit({ ...input, visitStatus: input.visitStatus }, ctx);
});

export const checklistQuery = z.object({ site: idSchema.optional().describe("点位 id；不填：本轮的非实地标准（案头录入）") });

// ── what the API answers ──

const ref = z.object({ id: z.string(), name: z.string() });

export const checkSchema = z.object({
  id: z.string(),
  clientKey: z.string(),
  roundId: z.string(),
  criterionId: z.string(),
  siteId: z.string().nullable(),
  visitStatus: z.enum(VISIT_STATUSES),
  outcome: z
    .union([z.object({ pass: z.boolean() }), z.object({ findings: z.number() }), z.object({ grade: z.string() }), z.object({ value: z.string() })])
    .nullable(),
  note: z.string().nullable(),
  latitude: z.string().nullable().describe("十进制度数（字符串）"),
  longitude: z.string().nullable(),
  capturedAt: z.string().nullable().describe("ISO 8601"),
  checkedAt: z.string().describe("ISO 8601"),
  inspector: ref,
  departments: z.array(ref.extend({ isPrimary: z.boolean() })),
  photos: z.array(z.object({ id: z.string(), url: z.string(), thumbnailUrl: z.string().nullable() })),
  finding: z.object({ id: z.string(), status: z.string() }).nullable(),
  version: z.number().int(),
});
export type CheckItem = z.infer<typeof checkSchema>;

export const checklistItemSchema = z.object({
  criterion: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    points: z.string(),
    rubric: z.object({ kind: z.string() }).catchall(z.unknown()).describe("计算器的参数名：perFinding、cap、grades、target、direction；未设置的不出现"),
    standard: z.string().nullable().describe("测评标准的具体要求"),
  }),
  check: checkSchema.nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
