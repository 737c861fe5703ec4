import { decimalText } from "@/lib/validation/decimal-text";
import { departmentKindSchema } from "@/lib/validation/departments";
import { idSchema, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Ranking lists (红黑榜) of a creation cycle: the zod schemas shared by the forms, the server
// actions and /api/v1.

export const RANKING_METRICS = ["COMPOSITE", "INSPECTION", "RECTIFICATION"] as const;
export const RANKING_LIST_MEMBERS = ["ALL", "BY_KIND", "CHOSEN"] as const;
export const DEFAULT_LIST_NAME = "综合红黑榜";

const versionSchema = z.coerce.number().int().min(1);
// A blank form field is a missing count (an error), never a silent 0.
const countSchema = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce.number({ error: message }).int(message).min(0, message).max(50, message),
  );
const THRESHOLD_MESSAGE = "黑榜分数线应为 0–100 的数，最多两位小数";

export const rankingListFieldsSchema = z.object({
  name: singleLineText().min(1, "请填写榜单名称").max(50, "榜单名称不能超过 50 个字"),
  members: z.enum(RANKING_LIST_MEMBERS),
  memberKind: departmentKindSchema.nullish(),
  departmentIds: z.array(idSchema).max(500).optional(),
  metric: z.enum(RANKING_METRICS),
  redCount: countSchema("红榜名额应为 0–50 的整数"),
  blackCount: countSchema("黑榜名额应为 0–50 的整数"),
  blackThreshold: decimalText({ integerDigits: 3, decimals: 2, message: THRESHOLD_MESSAGE }).refine((value) => Number(value) <= 100, THRESHOLD_MESSAGE),
});

type Membership = { members: (typeof RANKING_LIST_MEMBERS)[number]; memberKind?: string | null; departmentIds?: readonly string[] };

/** The rules on who is on a list, shared by the create schema and the update use case (which merges the stored list first). */
export function membershipErrors({ members, memberKind, departmentIds }: Membership): Record<string, string[]> {
  if (members === "BY_KIND" && !memberKind) return { memberKind: ["按单位类型选择成员时，请选择单位类型"] };
  if (members === "CHOSEN" && !departmentIds?.length) return { departmentIds: ["请至少选择一个本市单位"] };
  return {};
}

export const createRankingListInput = rankingListFieldsSchema.extend({ cycleId: idSchema }).superRefine((value, ctx) => {
  for (const [path, messages] of Object.entries(membershipErrors(value))) {
    for (const message of messages) ctx.addIssue({ code: "custom", path: [path], message });
  }
});
export type CreateRankingListInput = z.input<typeof createRankingListInput>;

/** Every field but `id` and `version` may be left out: an omitted field keeps its value. */
export const updateRankingListInput = rankingListFieldsSchema.partial().extend({ id: idSchema, version: versionSchema });
export type UpdateRankingListInput = z.input<typeof updateRankingListInput>;

export const rankingListVersionInput = z.object({ id: idSchema, version: versionSchema });
export type RankingListVersionInput = z.input<typeof rankingListVersionInput>;

/** The cycle's lists in their new order, each with the version the caller read. */
export const reorderRankingListsInput = z.object({
  cycleId: idSchema,
  lists: z
    .array(z.object({ id: idSchema, version: versionSchema }))
    .min(1)
    .max(100),
});
export type ReorderRankingListsInput = z.input<typeof reorderRankingListsInput>;

export const listRankingListsQuery = z.object({ cycleId: idSchema.optional().describe("默认为本市当前创建周期") });

export const rankingListRowSchema = z.object({
  id: z.string(),
  cityId: z.string(),
  cycleId: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  members: z.enum(RANKING_LIST_MEMBERS),
  memberKind: departmentKindSchema.nullable(),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  metric: z.enum(RANKING_METRICS),
  redCount: z.number().int(),
  blackCount: z.number().int(),
  blackThreshold: z.string().describe("两位小数，如 85.00"),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type RankingListRow = z.infer<typeof rankingListRowSchema>;
