import { todayInShanghai } from "@/lib/domain/dates";
import { MAX_FILES_PER_REQUEST } from "@/lib/domain/evidence/upload-limits";
import { blankToNull, blankToUndefined, idSchema, isBusinessDate } from "@/lib/validation/primitives";
import { uploadedFiles } from "@/lib/validation/uploads";
import { z } from "@/lib/validation/zod";

// Ledgers (工作台账): the zod schemas shared by the forms, the server actions, the use cases and /api/v1.

const versionSchema = z.coerce.number({ error: "缺少版本号" }).int().min(1);
// Multipart forms send "" for a field left empty.
const optionalId = blankToUndefined(idSchema);

export const REVIEW_STATUSES = ["PENDING", "ACCEPTED", "RETURNED"] as const;
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);
export const REVIEW_DECISIONS = ["ACCEPT", "RETURN"] as const;

/** When the work happened: a real date, no later than today in Asia/Shanghai. */
export const effectiveDateSchema = z
  .string({ error: "请填写工作日期" })
  .trim()
  .min(1, "请填写工作日期")
  .refine(isBusinessDate, "请填写有效日期，如 2026-03-01")
  .refine((value) => !isBusinessDate(value) || value <= todayInShanghai(), "工作日期不能晚于今天");

export const ledgerTextSchema = z.string({ error: "请填写工作内容" }).trim().min(1, "请填写工作内容").max(5000, "工作内容不能超过 5000 字");

export const figureSchema = z.object({
  name: z.string({ error: "请填写指标名称" }).trim().min(1, "请填写指标名称").max(50, "指标名称不能超过 50 字"),
  value: z
    .string({ error: "请填写数值" })
    .trim()
    .regex(/^-?\d{1,10}(\.\d{1,4})?$/, "数值须为数字，如 120 或 12.5"),
  unit: blankToUndefined(z.string().trim().max(20, "单位不能超过 20 字")),
});
export type Figure = z.infer<typeof figureSchema>;

// Multipart requests carry the figures as a JSON string; an unreadable one is reported on the field.
const figuresFromJson = (value: unknown) => {
  if (typeof value !== "string") return value;
  // A form with no figure filled in sends an empty string: that is "no figures", not an error.
  if (value.trim() === "") return [];
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};
export const figuresSchema = z.preprocess(
  figuresFromJson,
  z.array(figureSchema, { error: '量化指标格式有误：应为 [{"name","value","unit"}] 的 JSON 数组' }).max(20, "量化指标最多 20 项"),
);

/** The files of a ledger form (field `evidence`), checked and stored by the use case's `prepare`. */
const evidenceUploads = uploadedFiles({ max: MAX_FILES_PER_REQUEST });

export const ledgerEntryFieldsSchema = z.object({
  taskId: idSchema,
  departmentId: optionalId.describe("填报单位；联络员为本单位，市文明办默认牵头单位"),
  effectiveDate: effectiveDateSchema.describe("工作日期 YYYY-MM-DD，不晚于今天"),
  text: ledgerTextSchema.describe("工作内容"),
  figures: figuresSchema.optional().describe("量化指标"),
  occurrenceId: optionalId.describe("周期性任务的周期 id"),
});
export const createLedgerEntryInput = ledgerEntryFieldsSchema.extend({ evidence: evidenceUploads });
export type CreateLedgerEntryInput = z.input<typeof createLedgerEntryInput>;

// A form repeats the field or sends the ids comma-separated (or both); "" is none.
function idList(value: unknown): unknown {
  const isStrings = typeof value === "string" || (Array.isArray(value) && value.every((item) => typeof item === "string"));
  if (!isStrings) return value;
  return [value]
    .flat()
    .flatMap((ids: string) => ids.split(","))
    .filter((id) => id.trim() !== "");
}

export const updateLedgerEntryFieldsSchema = z.object({
  id: idSchema,
  version: versionSchema,
  text: ledgerTextSchema.optional(),
  effectiveDate: effectiveDateSchema.optional(),
  // null, [] or (multipart) "" clears the figures.
  figures: blankToNull(figuresSchema).describe("null 清空"),
  removeEvidenceIds: z.preprocess(idList, z.array(idSchema).max(50).default([])),
});
export const updateLedgerEntryInput = updateLedgerEntryFieldsSchema.extend({ evidence: evidenceUploads });
export type UpdateLedgerEntryInput = z.input<typeof updateLedgerEntryInput>;

export const reviewLedgerEntryFieldsSchema = z.object({
  id: idSchema,
  version: versionSchema,
  decision: z.enum(REVIEW_DECISIONS, { error: "请选择通过或退回" }),
  comment: blankToUndefined(z.string().trim().max(1000, "意见不能超过 1000 字")),
});
export const reviewLedgerEntryInput = reviewLedgerEntryFieldsSchema.superRefine((input, ctx) => {
  if (input.decision === "RETURN" && !input.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "请填写退回意见" });
});
export type ReviewLedgerEntryInput = z.input<typeof reviewLedgerEntryInput>;

export const answerLedgerEntryFieldsSchema = z.object({
  id: idSchema,
  version: versionSchema,
  answer: z.string({ error: "请填写答复" }).trim().min(1, "请填写答复").max(2000, "答复不能超过 2000 字"),
  text: blankToUndefined(ledgerTextSchema),
});
export const answerLedgerEntryInput = answerLedgerEntryFieldsSchema.extend({ evidence: evidenceUploads });
export type AnswerLedgerEntryInput = z.input<typeof answerLedgerEntryInput>;

export const ledgerEntryVersionInput = z.object({ id: idSchema, version: versionSchema });
export type LedgerEntryVersionInput = z.input<typeof ledgerEntryVersionInput>;

export const evidenceRowSchema = z.object({
  id: z.string(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  hasThumbnail: z.boolean(),
});
export type EvidenceRow = z.infer<typeof evidenceRowSchema>;

const namedRef = z.object({ id: z.string(), name: z.string() });

export const ledgerEntryRowSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  department: namedRef,
  occurrenceId: z.string().nullable(),
  effectiveDate: z.string().describe("工作日期 YYYY-MM-DD"),
  text: z.string(),
  figures: z.array(figureSchema),
  reviewStatus: reviewStatusSchema,
  reviewComment: z.string().nullable(),
  reviewedAt: z.string().nullable().describe("ISO 8601"),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable().describe("ISO 8601"),
  createdBy: z.object({ name: z.string() }),
  createdAt: z.string().describe("ISO 8601"),
  version: z.number().int(),
  evidence: z.array(evidenceRowSchema),
});
export type LedgerEntryRow = z.infer<typeof ledgerEntryRowSchema>;

export const evidenceFileQuery = z.object({
  thumbnail: z.union([z.boolean(), z.stringbool()]).optional().describe("1：缩略图（仅图片）"),
});
