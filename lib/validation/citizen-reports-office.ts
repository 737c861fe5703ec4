import { CITIZEN_REPORT_STATUSES } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { businessDate, idSchema, multiLineText, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// The office's side of citizen reports (文明随手拍): the moderation queue and its decisions, and
// the city's report categories. Shared by the screens, the server actions and /api/v1.

const versionSchema = z.coerce.number().int().min(1);

export const listCitizenReportsQuery = z.object({
  status: z.enum(CITIZEN_REPORT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListCitizenReportsQuery = z.output<typeof listCitizenReportsQuery>;

const optionalId = z.preprocess((value) => (value === "" || value === null ? undefined : value), idSchema.optional());

export const acceptReportInput = z.object({
  id: idSchema,
  departmentId: idSchema.describe("责任单位：问题交给它整改"),
  criterionId: optionalId.describe("测评标准；不填时用该类别对应的标准"),
  dueDate: z
    .preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      businessDate({ format: "整改期限格式应为 YYYY-MM-DD", invalid: "整改期限不是有效的日期" }).optional(),
    )
    .describe("整改期限 YYYY-MM-DD；不填时按本市整改时限从今天算起"),
});

export const mergeReportInput = z.object({
  id: idSchema,
  findingId: idSchema.describe("本市一个未撤销的问题：报告并入它，随它的状态变化"),
});

export const rejectReportInput = z.object({
  id: idSchema,
  reason: multiLineText().min(1, "请填写驳回原因").max(500, "驳回原因不能超过 500 字"),
});

export const categoryFields = z.object({
  name: singleLineText().min(1, "请填写类别名称").max(30, "类别名称不能超过 30 个字"),
  criterionId: z.preprocess((value) => (value === "" ? null : value), idSchema.nullable().optional()).describe("对应的测评标准（受理时的默认标准）"),
  sortOrder: z.coerce.number().int().min(0).max(9999).optional(),
});

export const createCategoryInput = categoryFields;

export const updateCategoryInput = categoryFields.partial().extend({
  id: idSchema,
  version: versionSchema,
  archived: z.boolean().optional().describe("true 停用（市民表单不再提供），false 恢复"),
});

// What the API answers; the OpenAPI document is generated from these.
const named = z.object({ id: z.string(), name: z.string() });
const photo = z.object({ id: z.string(), url: z.string(), thumbnailUrl: z.string().nullable() });

export const citizenReportItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(CITIZEN_REPORT_STATUSES),
  category: named.extend({ criterionId: z.string().nullable() }),
  description: z.string(),
  place: z.object({
    street: z.string(),
    address: z.string(),
    position: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  }),
  photos: z.array(photo).describe("经 /api/v1/evidence/{id} 读取，仅限可查看该报告的人"),
  contact: z.string().nullable().describe("仅文明办可见；结案 180 天后清除"),
  contactErased: z.boolean(),
  receivedAt: z.string(),
  statusAt: z.string(),
  closedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  findingId: z.string().nullable(),
  rating: z.object({ satisfied: z.boolean(), comment: z.string().nullable(), ratedAt: z.string().nullable() }).nullable(),
  version: z.number().int(),
});
export type CitizenReportItem = z.infer<typeof citizenReportItemSchema>;

export const moderationResultSchema = z.object({
  id: z.string(),
  status: z.enum(CITIZEN_REPORT_STATUSES),
  findingId: z.string().nullable(),
});
export type ModerationResult = z.infer<typeof moderationResultSchema>;

export const reportCategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  criterion: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type ReportCategoryItem = z.infer<typeof reportCategorySchema>;
