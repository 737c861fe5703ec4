import { decimalText } from "@/lib/validation/decimal-text";
import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// A city's settings and its current cycle's weights (城市设置): shared by the settings screen,
// its server actions and /api/v1.

const versionSchema = z.coerce.number().int().min(1);
const booleanField = z.union([z.boolean(), z.stringbool()]);

export const updateCitySettingsInput = z.object({
  cityId: idSchema,
  version: versionSchema,
  rectificationDays: z.coerce
    .number({ error: "整改期限应为 1–365 天" })
    .int("整改期限应为 1–365 天")
    .min(1, "整改期限应为 1–365 天")
    .max(365, "整改期限应为 1–365 天")
    .optional(),
  inspectorsMayCreateRounds: booleanField.optional(),
  autoDispatchFindings: booleanField.optional(),
  appealDays: z.coerce
    .number({ error: "申诉期应为 0–30 天（0 表示关闭）" })
    .int("申诉期应为 0–30 天（0 表示关闭）")
    .min(0, "申诉期应为 0–30 天（0 表示关闭）")
    .max(30, "申诉期应为 0–30 天（0 表示关闭）")
    .optional(),
});
export type UpdateCitySettingsInput = z.input<typeof updateCitySettingsInput>;

const SCORECARD_WEIGHT_MESSAGE = "权重应为不小于 0 的数，最多四位小数";
const scorecardWeight = decimalText({ integerDigits: 2, decimals: 4, message: SCORECARD_WEIGHT_MESSAGE });
const YEAR_WEIGHT_MESSAGE = "年度权重应为大于 0 的数，最多四位小数";
export const yearWeightSchema = decimalText({ integerDigits: 2, decimals: 4, message: YEAR_WEIGHT_MESSAGE }).refine(
  (value) => Number(value) > 0,
  YEAR_WEIGHT_MESSAGE,
);

export const SCORECARD_WEIGHTS = ["inspectionWeight", "rectificationWeight", "ledgerWeight"] as const;

/** The cycle's scorecard weights (each ≥ 0, not all zero) and its years' weights (each > 0). */
export const cycleWeightsFields = z.object({
  cycleId: idSchema,
  version: versionSchema,
  inspectionWeight: scorecardWeight,
  rectificationWeight: scorecardWeight,
  ledgerWeight: scorecardWeight,
  years: z
    .array(z.object({ year: z.coerce.number().int(), weight: yearWeightSchema }))
    .min(1)
    .max(10),
});
export const updateCycleWeightsInput = cycleWeightsFields.superRefine((value, ctx) => {
  if (SCORECARD_WEIGHTS.every((field) => Number(value[field]) === 0)) {
    for (const field of SCORECARD_WEIGHTS) ctx.addIssue({ code: "custom", path: [field], message: "三项权重不能全为 0" });
  }
});
export type UpdateCycleWeightsInput = z.input<typeof updateCycleWeightsInput>;

export const citySettingsQuery = z.object({ cityId: idSchema.optional().describe("默认为本人所在城市") });

const cycleSchema = z.object({
  id: z.string(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  editionName: z.string().nullable(),
  inspectionWeight: z.string(),
  rectificationWeight: z.string(),
  ledgerWeight: z.string(),
  years: z.array(z.object({ year: z.number().int(), weight: z.string() })),
  version: z.number().int(),
});
export type CycleWeightsRow = z.infer<typeof cycleSchema>;

export const citySettingsRowSchema = z.object({
  cityId: z.string(),
  cityName: z.string(),
  rectificationDays: z.number().int(),
  inspectorsMayCreateRounds: z.boolean(),
  autoDispatchFindings: z.boolean(),
  appealDays: z.number().int().describe("0 表示不设申诉期"),
  version: z.number().int(),
  currentCycle: cycleSchema.nullable(),
});
export type CitySettingsRow = z.infer<typeof citySettingsRowSchema>;
