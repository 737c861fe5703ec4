import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

// Coverage (覆盖情况): which criteria of the city's indicator system the plan's tasks serve.

const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe("十进制数字字符串");

export const coverageQuery = z.object({
  city: idSchema.optional().describe("城市 id（省级督导、系统管理员必填；其他角色为本市）"),
  annualPlan: idSchema.optional().describe("年度实施方案 id；默认本市当前年度实施方案"),
});
export type CoverageParams = z.input<typeof coverageQuery>;

const taskRef = z.object({ id: z.string(), title: z.string(), actionId: z.string(), actionName: z.string() });

export const coverageCriterionSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  categoryName: z.string(),
  contentName: z.string(),
  points: decimalString,
  isLocal: z.boolean().describe("本市本地标准"),
  tasks: z.array(taskRef).describe("服务该标准的任务"),
  gap: z.boolean().describe("没有任何任务服务该标准"),
});

export const coverageActionSchema = z.object({
  id: z.string(),
  name: z.string(),
  taskCount: z.number().int(),
  criteria: z.array(z.string()).describe("该行动的任务服务的测评标准编码（去重）"),
  pointsAtStake: decimalString.describe("这些标准的分值之和"),
});

export const coverageSchema = z.object({
  cityId: z.string(),
  annualPlan: z.object({ id: z.string(), year: z.number().int(), title: z.string() }).nullable(),
  hasEdition: z.boolean(),
  criteria: z.array(coverageCriterionSchema),
  actions: z.array(coverageActionSchema),
  totals: z.object({
    criteria: z.number().int(),
    coveredCriteria: z.number().int(),
    points: decimalString,
    coveredPoints: decimalString,
    uncoveredPoints: decimalString,
  }),
});
export type Coverage = z.infer<typeof coverageSchema>;
export type CoverageCriterion = z.infer<typeof coverageCriterionSchema>;
export type CoverageAction = z.infer<typeof coverageActionSchema>;
