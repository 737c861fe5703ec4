import { ROUND_STATUSES } from "@/lib/domain/rounds/round-transitions";
import { businessDateSchema, idSchema, multiLineText, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Rounds (督查轮次): the zod schemas shared by the office's screens, the phone, the server reads and /api/v1.

export const ROUND_KINDS = ["WEEKLY", "MONTHLY", "MOCK", "SPECIAL", "RECHECK"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const roundKindSchema = z.enum(ROUND_KINDS, { error: "轮次类型应为 WEEKLY、MONTHLY、MOCK、SPECIAL 或 RECHECK" });
export const roundStatusSchema = z.enum(ROUND_STATUSES, { error: "状态应为 PLANNED、IN_PROGRESS 或 CLOSED" });
export type { RoundStatus } from "@/lib/domain/rounds/round-transitions";

const seed = singleLineText().min(1, "请填写抽样种子").max(100, "抽样种子不能超过 100 个字");

/** `{seed, perType, streets?}` for a scored round; `{seed, count}` over verified findings for a RECHECK round. */
export const roundSampleInput = z.strictObject({
  seed,
  perType: z
    .record(singleLineText().min(1).max(50), z.number().int("每类点位数应为整数").min(0).max(1000, "每类最多抽 1000 个点位"))
    .optional()
    .describe("每类点位抽取的个数，键为点位类型名称"),
  streets: z.array(singleLineText().min(1).max(100)).max(200).optional().describe("只在这些街道中抽取"),
  count: z.number().int("抽取个数应为整数").min(1, "至少抽取 1 个").max(1000, "最多抽取 1000 个").optional().describe("回头看：抽取的已销号问题数"),
});
export type RoundSampleInput = z.infer<typeof roundSampleInput>;

export const createRoundInput = z
  .object({
    name: singleLineText().min(1, "请填写轮次名称").max(100, "轮次名称不能超过 100 个字"),
    kind: roundKindSchema,
    periodStart: businessDateSchema,
    periodEnd: businessDateSchema,
    siteIds: z.array(idSchema).max(5000, "一轮最多 5000 个点位").optional(),
    sample: roundSampleInput.optional(),
    inspectorIds: z.array(idSchema).max(500).optional(),
    criterionCodes: z.array(singleLineText().min(1).max(64)).max(1000).optional().describe("另加的非实地考察标准（材料、问卷、网上申报、数据）"),
  })
  .superRefine((input, ctx) => {
    if (input.periodStart > input.periodEnd) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "结束日期不能早于开始日期" });
    if (input.kind === "RECHECK") {
      if (!input.sample || input.sample.count === undefined) ctx.addIssue({ code: "custom", path: ["sample"], message: "回头看需要抽样 {seed, count}" });
      if (input.sample?.perType || input.sample?.streets)
        ctx.addIssue({ code: "custom", path: ["sample"], message: "回头看只按 {seed, count} 抽取已销号问题" });
      if (input.siteIds?.length) ctx.addIssue({ code: "custom", path: ["siteIds"], message: "回头看的点位来自抽中的问题" });
      if (input.criterionCodes?.length) ctx.addIssue({ code: "custom", path: ["criterionCodes"], message: "回头看不评分，不含测评标准" });
    } else {
      if (input.sample && input.sample.count !== undefined) ctx.addIssue({ code: "custom", path: ["sample", "count"], message: "只有回头看按问题数抽取" });
      if (input.sample && !input.sample.perType) ctx.addIssue({ code: "custom", path: ["sample", "perType"], message: "请填写每类点位抽取的个数" });
    }
  });
export type CreateRoundInput = z.input<typeof createRoundInput>;

export const roundIdInput = z.object({ id: idSchema });

export const reopenRoundInput = z.object({
  id: idSchema,
  reason: multiLineText().min(1, "请填写重新打开的原因").max(500, "原因不能超过 500 个字"),
});

export const assignRoundInspectorInput = z.object({
  roundId: idSchema,
  siteId: idSchema,
  inspectorId: idSchema.nullable().describe("督查员用户 id；null：本市任何督查员均可检查"),
});

export const listRoundsQuery = z
  .object({
    status: roundStatusSchema.optional(),
    kind: roundKindSchema.optional(),
    from: businessDateSchema.optional().describe("测评期结束不早于（YYYY-MM-DD）"),
    to: businessDateSchema.optional().describe("测评期开始不晚于（YYYY-MM-DD）"),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) ctx.addIssue({ code: "custom", path: ["from"], message: "开始日期不能晚于结束日期" });
  });
export type ListRoundsParams = z.input<typeof listRoundsQuery>;

// ── what the API answers ──

const ref = z.object({ id: z.string(), name: z.string() });
const progress = z.object({ done: z.number().int(), expected: z.number().int() });

export const roundItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: roundKindSchema,
  status: roundStatusSchema,
  periodStart: z.string().describe("YYYY-MM-DD"),
  periodEnd: z.string().describe("YYYY-MM-DD"),
  siteCount: z.number().int(),
  criterionCount: z.number().int(),
  progress: progress.describe("已检查 / 应检查（点位×适用标准 + 非实地标准；回头看为问题数）"),
  sample: z
    .object({ seed: z.string(), perType: z.record(z.string(), z.number()).optional(), streets: z.array(z.string()).optional(), count: z.number().optional() })
    .nullable(),
  reopenReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string().describe("ISO 8601"),
});
export type RoundItem = z.infer<typeof roundItemSchema>;

export const roundSiteSchema = z.object({
  site: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    street: z.string().nullable(),
    grid: z.string().nullable(),
    address: z.string().nullable(),
    siteType: ref,
  }),
  inspector: ref.nullable(),
  progress,
});
export type RoundSiteItem = z.infer<typeof roundSiteSchema>;

export const roundCriterionSchema = z.object({ id: z.string(), code: z.string(), title: z.string(), method: z.string() });

export const recheckItemSchema = z.object({
  finding: z.object({
    id: z.string(),
    status: z.string(),
    criterion: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
    site: ref.nullable(),
    round: ref.nullable(),
    department: ref,
    description: z.string(),
    dueDate: z.string(),
    overdue: z.boolean(),
    falseRectification: z.boolean(),
    verifiedOn: z.string().nullable(),
    version: z.number().int(),
  }),
  result: z.enum(["CONFIRMED", "NOT_FIXED"]).nullable(),
  note: z.string().nullable(),
});

export const roundDetailSchema = roundItemSchema.extend({
  sites: z.array(roundSiteSchema),
  criteria: z.array(roundCriterionSchema),
  drawnSiteIds: z.array(z.string()).describe("抽样抽中的点位，按抽取顺序"),
  rechecks: z.array(recheckItemSchema).optional().describe("仅回头看轮次"),
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;
