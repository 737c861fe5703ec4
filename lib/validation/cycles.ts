import { yearWeightSchema } from "@/lib/validation/city-settings";
import { blankToNull, idSchema, singleLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// A city's creation cycle (创建周期): three years, each with its weight.

export const DEFAULT_YEAR_WEIGHTS = ["0.15", "0.25", "0.60"] as const;

export const createCycleInput = z.object({
  cityId: idSchema,
  name: singleLineText().min(1, "请填写周期名称").max(100, "周期名称不能超过 100 个字"),
  startYear: z.coerce
    .number({ error: "起始年份应为 2000–2100 的年份" })
    .int("起始年份应为 2000–2100 的年份")
    .min(2000, "起始年份应为 2000–2100 的年份")
    .max(2100, "起始年份应为 2000–2100 的年份"),
  yearWeights: z
    .array(yearWeightSchema)
    .length(3, "请填写三个年度的权重")
    .default([...DEFAULT_YEAR_WEIGHTS]),
  editionId: blankToNull(idSchema),
  isCurrent: z.union([z.boolean(), z.stringbool()]).default(false),
});
export type CreateCycleInput = z.input<typeof createCycleInput>;

export const markCycleCurrentInput = z.object({ id: idSchema, version: z.coerce.number().int().min(1) });
export type MarkCycleCurrentInput = z.input<typeof markCycleCurrentInput>;

export const cycleRowSchema = z.object({
  id: z.string(),
  cityId: z.string(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  editionId: z.string().nullable(),
  isCurrent: z.boolean(),
  years: z.array(z.object({ year: z.number().int(), weight: z.string() })),
  listNames: z.array(z.string()),
  version: z.number().int(),
});
export type CycleRow = z.infer<typeof cycleRowSchema>;
