import { idSchema, multiLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Appeals (申诉): the zod schemas shared by the liaison's and the office's forms, the server
// actions and /api/v1.

export const APPEAL_STATUSES = ["OPEN", "ANSWERED"] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const fileAppealInput = z.object({
  roundId: idSchema,
  reason: multiLineText().min(5, "申诉理由至少 5 个字").max(1000, "申诉理由不能超过 1000 字"),
});

export const answerAppealInput = z.object({
  id: idSchema,
  answer: multiLineText().min(1, "请填写答复").max(2000, "答复不能超过 2000 字"),
  /** The version the office read; a stale one is 409 with both versions. */
  version: z.coerce.number().int().min(1).optional(),
});

export const listAppealsQuery = z.object({
  roundId: idSchema.optional(),
  status: z.enum(APPEAL_STATUSES, { error: "状态应为 OPEN 或 ANSWERED" }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListAppealsQuery = z.infer<typeof listAppealsQuery>;

export const appealItemSchema = z.object({
  id: z.string(),
  status: z.enum(APPEAL_STATUSES),
  round: z.object({ id: z.string(), name: z.string() }),
  department: z.object({ id: z.string(), name: z.string() }),
  reason: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable().describe("ISO 8601"),
  createdAt: z.string().describe("ISO 8601"),
  version: z.number().int(),
});
export type AppealItem = z.infer<typeof appealItemSchema>;

const score = z.string().nullable().describe("4 位小数的十进制字符串，缺失为 null");

export const draftResultSchema = z.object({
  round: z.object({ id: z.string(), name: z.string(), periodStart: z.string(), periodEnd: z.string() }),
  /** The last day (Asia/Shanghai) appeals may be filed. */
  windowClosesOn: z.string(),
  department: z.object({
    name: z.string(),
    inspectionScore: score,
    rectificationRate: score,
    ledgerCompleteness: score,
    composite: score,
    rank: z.number().int().nullable().describe("名次（默认榜单：全部单位、综合得分）"),
    overdueOpen: z.number().int(),
  }),
  /** How many departments are ranked on the default list. */
  rankedCount: z.number().int(),
});
export type DraftResult = z.infer<typeof draftResultSchema>;
