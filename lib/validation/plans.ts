import { blankToNull, idSchema, multiLineText } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Plans (三年规划 → 年度实施方案 → 行动): the zod schemas shared by the forms, the actions and /api/v1.

const versionSchema = z.coerce.number().int().min(1);
const title = z.string().trim().min(1, "请填写标题").max(200, "标题不能超过 200 个字");
// Blank clears (null); omitted keeps the stored text.
const summary = blankToNull(multiLineText().max(2000, "不能超过 2000 个字"));

export const planOverviewQuery = z.object({ city: idSchema.optional().describe("城市 id（省级督导、系统管理员必填）") });

export const createThreeYearPlanInput = z.object({ cycleId: idSchema, title, summary });
export type CreateThreeYearPlanInput = z.input<typeof createThreeYearPlanInput>;

export const updateThreeYearPlanInput = z.object({ id: idSchema, version: versionSchema, title, summary });
export type UpdateThreeYearPlanInput = z.input<typeof updateThreeYearPlanInput>;

export const createAnnualPlanInput = z.object({
  threeYearPlanId: idSchema,
  year: z.coerce.number({ error: "请选择年度" }).int("请选择年度").min(2000, "请选择年度").max(2100, "请选择年度"),
  title,
  summary,
});
export type CreateAnnualPlanInput = z.input<typeof createAnnualPlanInput>;

export const updateAnnualPlanInput = z.object({ id: idSchema, version: versionSchema, title, summary });
export type UpdateAnnualPlanInput = z.input<typeof updateAnnualPlanInput>;

const actionName = z.string().trim().min(1, "请填写行动名称").max(100, "行动名称不能超过 100 个字");
const actionDescription = blankToNull(multiLineText().max(1000, "说明不能超过 1000 个字"));

export const createPlanActionInput = z.object({ annualPlanId: idSchema, name: actionName, description: actionDescription });
export type CreatePlanActionInput = z.input<typeof createPlanActionInput>;

export const updatePlanActionInput = z.object({ id: idSchema, version: versionSchema, name: actionName, description: actionDescription });
export type UpdatePlanActionInput = z.input<typeof updatePlanActionInput>;

export const deletePlanActionInput = z.object({ id: idSchema, version: versionSchema });
export type DeletePlanActionInput = z.input<typeof deletePlanActionInput>;

export const movePlanActionInput = z.object({ id: idSchema, version: versionSchema, direction: z.enum(["up", "down"]) });
export type MovePlanActionInput = z.input<typeof movePlanActionInput>;

export const threeYearPlanRowSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  version: z.number().int(),
});
export const annualPlanRowSchema = z.object({
  id: z.string(),
  threeYearPlanId: z.string(),
  year: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  version: z.number().int(),
});
export const planActionRowSchema = z.object({
  id: z.string(),
  annualPlanId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type ThreeYearPlanRow = z.infer<typeof threeYearPlanRowSchema>;
export type AnnualPlanRow = z.infer<typeof annualPlanRowSchema>;
export type PlanActionRow = z.infer<typeof planActionRowSchema>;

export const planOverviewSchema = z.object({
  cityId: z.string(),
  cycle: z
    .object({
      id: z.string(),
      name: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int(),
      years: z.array(z.object({ year: z.number().int(), weight: z.string().describe("年度权重，十进制字符串") })),
    })
    .nullable(),
  threeYearPlan: threeYearPlanRowSchema.nullable(),
  annualPlans: z.array(annualPlanRowSchema.extend({ actions: z.array(planActionRowSchema.extend({ taskCount: z.number().int() })) })),
  freeYears: z.array(z.number().int()).describe("创建周期中还没有年度实施方案的年份"),
});
export type PlanOverview = z.infer<typeof planOverviewSchema>;
