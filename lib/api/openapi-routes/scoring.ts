import { calculatorInputSchema } from "@/lib/domain/scoring/calculator-input";
import { z } from "@/lib/validation/zod";
import type { ApiRouteDoc } from "./types";

const score = z.string().nullable().describe("4 位小数的十进制字符串，缺失为 null");

export const calculatorOutputSchema = z.object({
  cityScore: score,
  vetoed: z.boolean(),
  criteria: z.array(z.object({ code: z.string(), assessed: z.boolean(), earned: score, possible: score })),
  departments: z.array(
    z.object({
      name: z.string(),
      inspectionScore: score,
      rectificationRate: score,
      ledgerCompleteness: score,
      composite: score,
      rank: z.number().int().nullable(),
      overdueOpen: z.number().int(),
    }),
  ),
  redList: z.array(z.string()),
  blackList: z.array(z.string()),
});

export const scoringRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/rounds/{roundId}/scores",
    summary:
      "督查轮次的完整计分结果（与审计计算器输出一致），每次按当前数据实时计算。An inspected check whose outcome does not fit its rubric is 422 " +
      "SCORING_INPUT_INVALID naming it in `fieldErrors` (`checks.{checkId}.outcome`).",
    tags: ["scoring"],
    query: z.object({}),
    response: calculatorOutputSchema,
  },
  {
    method: "get",
    path: "/api/v1/rounds/{roundId}/scores/input",
    summary: "该轮次的计分输入，可用 npm run score 复算（实时生成；权重与红黑榜设置取轮次所属创建周期）。422 SCORING_INPUT_INVALID as for /scores.",
    tags: ["scoring"],
    query: z.object({}),
    response: calculatorInputSchema,
  },
];
