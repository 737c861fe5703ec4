import { FINDING_STATUSES } from "@/lib/domain/findings/finding-transitions";
import { idSchema, multiLineText, singleLineText } from "@/lib/validation/primitives";
import { uploadedFiles } from "@/lib/validation/uploads";
import { z } from "@/lib/validation/zod";

// Findings and their rectification (整改闭环): the zod schemas shared by the screens, the server
// actions and /api/v1/findings.

/** The version the client read; optional, but a stale one is 409. */
const versionSchema = z.coerce.number().int().min(1).optional();
const note = (max: number, tooLong: string) => multiLineText().max(max, tooLong);

export const findingIdsInput = z.object({
  ids: z.array(idSchema, { error: "请选择问题" }).min(1, "请选择问题").max(500, "一次最多交办 500 个问题"),
});

/** After-photos a reply may carry (the field `photos`), as many as a check's. */
export const REPLY_MAX_PHOTOS = 20;

export const replyInput = z.object({
  id: idSchema,
  text: note(2000, "整改说明不能超过 2000 字").min(1, "请填写整改情况"),
  clientKey: singleLineText().min(1).max(100, "clientKey 不能超过 100 个字符").optional(),
  version: versionSchema,
  photos: uploadedFiles({ max: REPLY_MAX_PHOTOS }),
});

export const verifyInput = z
  .object({
    id: idSchema,
    decision: z.enum(["ACCEPT", "RETURN"], { error: "请选择通过或退回" }),
    comment: note(1000, "意见不能超过 1000 字").optional(),
    version: versionSchema,
  })
  .superRefine((value, ctx) => {
    if (value.decision === "RETURN" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "退回时请填写退回原因" });
  });

export const reopenInput = z.object({
  id: idSchema,
  reason: note(1000, "原因不能超过 1000 字").min(1, "请填写重新打开的原因"),
  falseRectification: z.boolean().default(false),
  version: versionSchema,
});

export const redirectInput = z.object({
  id: idSchema,
  departmentId: idSchema.describe("改派给该问题所属检查的另一个责任单位"),
  version: versionSchema,
});

/** A re-check's fields; the OpenAPI body is these without the path ids. */
export const recheckFields = z.object({
  roundId: idSchema,
  findingId: idSchema,
  result: z.enum(["CONFIRMED", "NOT_FIXED"], { error: "请选择复查结果" }),
  note: note(1000, "备注不能超过 1000 字").optional(),
});

// 未整改到位 reopens the finding against its department, which must be told what was found.
export const recheckInput = recheckFields.refine((input) => input.result !== "NOT_FIXED" || Boolean(input.note), {
  path: ["note"],
  message: "请说明未整改到位的情况",
});

const flag = z.enum(["1", "true"]).optional();

export const listFindingsQuery = z.object({
  round: idSchema.optional(),
  department: idSchema.optional(),
  criterion: idSchema.optional(),
  site: idSchema.optional(),
  status: z.enum(FINDING_STATUSES).optional(),
  overdue: flag,
  dueSoon: flag.describe("1：只看 7 日内到期（今天至 6 天后，上海时间）且未销号的问题"),
  falseRectification: flag,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListFindingsQuery = z.output<typeof listFindingsQuery>;

/** The choices of the list's round and department filters. */
export type FindingFilterOptions = { departments: { id: string; name: string }[]; rounds: { id: string; name: string }[] };

// What the API answers; the OpenAPI document is generated from these.
const named = z.object({ id: z.string(), name: z.string() });

export const findingItemSchema = z.object({
  id: z.string(),
  status: z.enum(FINDING_STATUSES),
  criterion: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  site: named.nullable(),
  round: named.nullable(),
  department: named,
  description: z.string(),
  dueDate: z.string().describe("YYYY-MM-DD"),
  overdue: z.boolean(),
  falseRectification: z.boolean(),
  verifiedOn: z.string().nullable(),
  version: z.number().int(),
});
export type FindingItem = z.infer<typeof findingItemSchema>;

export const photoSchema = z.object({ id: z.string(), url: z.string(), thumbnailUrl: z.string().nullable() });

export const findingEventSchema = z.object({
  id: z.string(),
  kind: z.enum(["DISPATCHED", "REPLIED", "VERIFIED", "RETURNED", "CLOSED", "REOPENED", "REMINDED", "ESCALATED", "REDIRECTED", "WITHDRAWN"]),
  note: z.string().nullable(),
  actor: named.nullable(),
  createdAt: z.string(),
  photos: z.array(photoSchema),
});
export type FindingEventItem = z.infer<typeof findingEventSchema>;

export const findingDetailSchema = findingItemSchema.extend({
  origin: z.enum(["CHECK", "CITIZEN_REPORT", "MANUAL"]),
  citizenReportId: z.string().nullable().describe("the citizen report it was made from (origin CITIZEN_REPORT)"),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
  checkDepartments: z.array(named.extend({ isPrimary: z.boolean() })).describe("改派时可选的单位"),
  beforePhotos: z.array(photoSchema),
  afterPhotos: z.array(photoSchema),
  timeline: z.array(findingEventSchema),
});
export type FindingDetail = z.infer<typeof findingDetailSchema>;

export const dispatchFindingsResultSchema = z.object({
  count: z.number().int(),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type DispatchFindingsResult = z.infer<typeof dispatchFindingsResultSchema>;

export const replyResultSchema = z.object({
  reply: z.object({ id: z.string(), text: z.string().nullable(), clientKey: z.string().nullable(), createdAt: z.string(), photos: z.array(photoSchema) }),
  finding: findingItemSchema,
});
export type ReplyResult = z.infer<typeof replyResultSchema>;

export const recheckResultSchema = z.object({
  roundId: z.string(),
  result: z.enum(["CONFIRMED", "NOT_FIXED"]),
  note: z.string().nullable(),
  finding: findingItemSchema,
});
