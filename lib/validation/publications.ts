import { businessDateSchema, idSchema, multiLineText, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Publications (发布): the bodies of preview, publish and correction, and the list's filters,
// shared by /api/v1 and the pages that come later.

export const PUBLICATION_KINDS = ["ROUND", "MONTH", "QUARTER", "YEAR", "CYCLE"] as const;
export const PERIOD_KINDS = ["MONTH", "QUARTER", "YEAR", "CYCLE"] as const;
export const PUBLICATION_SCOPES = ["CITY", "PROVINCE"] as const;

const title = singleLineText().min(1, "请填写标题").max(200, "标题不能超过 200 字");
const summary = multiLineText().max(4000, "摘要不能超过 4000 字");
const periodEndNotBeforeStart = { message: "结束日期不能早于开始日期", path: ["periodEnd"] };

const roundTarget = z.object({ scope: z.literal("CITY").optional(), kind: z.literal("ROUND"), roundId: idSchema });
const periodTarget = z.object({
  scope: z.literal("CITY").optional(),
  kind: z.enum(PERIOD_KINDS, { error: "类型应为 ROUND、MONTH、QUARTER、YEAR 或 CYCLE" }),
  periodStart: businessDateSchema,
  periodEnd: businessDateSchema,
});
const cityTarget = z
  .discriminatedUnion("kind", [roundTarget, periodTarget], { error: "类型应为 ROUND、MONTH、QUARTER、YEAR 或 CYCLE" })
  .refine((body) => body.kind === "ROUND" || body.periodStart <= body.periodEnd, periodEndNotBeforeStart);

/** What a city publication is of: a round, or a period of the office's city. */
export const previewPublicationInput = cityTarget;
export const publishPublicationInput = cityTarget.and(z.object({ title: title.optional(), summary: summary.optional() }));

/** A province publication (supervisors): the cities ranked by their published scores for a period. */
const provinceTarget = z.object({
  scope: z.literal("PROVINCE"),
  kind: z.enum(PUBLICATION_KINDS, { error: "类型应为 ROUND、MONTH、QUARTER、YEAR 或 CYCLE" }),
  periodStart: businessDateSchema,
  periodEnd: businessDateSchema,
});
const endNotBeforeStart = (body: { periodStart: string; periodEnd: string }) => body.periodStart <= body.periodEnd;
export const provincePreviewInput = provinceTarget.refine(endNotBeforeStart, periodEndNotBeforeStart);
export const provincePublicationInput = provinceTarget
  .extend({ title: title.optional(), summary: summary.optional() })
  .refine(endNotBeforeStart, periodEndNotBeforeStart);

export const correctPublicationInput = z.object({
  id: idSchema,
  reason: multiLineText().min(2, "请说明更正原因").max(1000, "更正原因不能超过 1000 字"),
  title: title.optional(),
  summary: summary.optional(),
});

export const listPublicationsQuery = z.object({
  city: idSchema.optional(),
  kind: z.enum(PUBLICATION_KINDS, { error: "类型应为 ROUND、MONTH、QUARTER、YEAR 或 CYCLE" }).optional(),
  scope: z.enum(PUBLICATION_SCOPES, { error: "范围应为 CITY 或 PROVINCE" }).optional(),
  /** Publications whose period ends on or after this date. */
  periodStart: businessDateSchema.optional(),
  /** Publications whose period starts on or before this date. */
  periodEnd: businessDateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListPublicationsQuery = z.infer<typeof listPublicationsQuery>;
