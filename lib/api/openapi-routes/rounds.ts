import { z } from "@/lib/validation/zod";
import { checkSchema, checklistItemSchema, checklistQuery, correctCheckBody, outcomeSchema, VISIT_STATUSES } from "@/lib/validation/checks";
import {
  assignRoundInspectorInput,
  createRoundInput,
  listRoundsQuery,
  reopenRoundInput,
  roundDetailSchema,
  roundItemSchema,
  roundSiteSchema,
} from "@/lib/validation/rounds";
import type { ApiRouteDoc } from "./types";

// Rounds (督查轮次), checklists and checks (检查记录).

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// The body as documents show it (the use case's own schema carries preprocessing for form fields).
const checkBody = z.object({
  clientKey: z.string().describe("手机为每条检查生成一次；同一 clientKey 重发返回已保存的记录（200）"),
  criterionId: z.string(),
  siteId: z.string().nullish().describe("实地考察标准必填；非实地标准不填"),
  visitStatus: z.enum(VISIT_STATUSES),
  outcome: outcomeSchema.nullish().describe("INSPECTED 时必填，须符合标准的评分规则（否则 422 outcome）"),
  note: z.string().nullish(),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  capturedAt: z.string().nullish().describe("ISO 8601"),
});
const checkForm = checkBody.extend({
  outcome: z.string().optional().describe('JSON 文本，如 {"pass":false}'),
  latitude: z.string().optional(),
  longitude: z.string().optional(),
  photos: z.array(z.string().describe("binary")).max(20).optional().describe("照片，最多 20 张"),
});

export const roundRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/rounds",
    summary: "督查轮次列表 (filters status, kind, from/to period)",
    tags: ["rounds"],
    query: listRoundsQuery,
    response: listOf(roundItemSchema),
  },
  {
    method: "post",
    path: "/api/v1/rounds",
    summary: "新建督查轮次 (office; an inspector when the city allows): named sites and/or a reproducible sample; RECHECK samples verified findings",
    tags: ["rounds"],
    body: createRoundInput,
    response: roundItemSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/rounds/{roundId}",
    summary: "督查轮次详情：点位（督查员、进度）、标准、抽样结果、回头看条目",
    tags: ["rounds"],
    response: roundDetailSchema,
  },
  {
    method: "post",
    path: "/api/v1/rounds/{roundId}/start",
    summary: "开始轮次 (office or one of its inspectors; no body)",
    tags: ["rounds"],
    response: roundItemSchema,
  },
  {
    method: "post",
    path: "/api/v1/rounds/{roundId}/close",
    summary: "结束轮次 (office; no body; stores the round's scores)",
    tags: ["rounds"],
    response: roundItemSchema,
  },
  {
    method: "post",
    path: "/api/v1/rounds/{roundId}/reopen",
    summary: "重新打开已结束的轮次 (office, with a reason; 409 once published)",
    tags: ["rounds"],
    body: reopenRoundInput.omit({ id: true }),
    response: roundItemSchema,
  },
  {
    method: "patch",
    path: "/api/v1/rounds/{roundId}/sites/{siteId}",
    summary: "调整点位的督查员 (office; null: any inspector of the city)",
    tags: ["rounds"],
    body: assignRoundInspectorInput.omit({ roundId: true, siteId: true }),
    response: roundSiteSchema,
  },
  {
    method: "get",
    path: "/api/v1/rounds/{roundId}/checklist",
    summary: "检查清单：点位适用的标准及其检查记录；不带 site 时为非实地标准（案头录入）",
    tags: ["checks"],
    query: checklistQuery,
    response: listOf(checklistItemSchema),
  },
  {
    method: "post",
    path: "/api/v1/rounds/{roundId}/checks",
    summary:
      "提交检查 (JSON, or multipart with the same fields, outcome as JSON text and files in `photos`, at most 20): 201 the first time, " +
      "200 for the same clientKey, 409 CHECK_EXISTS with the saved check as `check`, 409 ROUND_NOT_IN_PROGRESS, 422 naming outcome when it does not fit the rubric",
    tags: ["checks"],
    isMultipart: true,
    body: checkForm,
    response: checkSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/checks/{id}",
    summary: "更正检查 (names the version read; 409 when stale or once the round is closed; full points withdraws its open finding)",
    tags: ["checks"],
    body: correctCheckBody,
    response: checkSchema,
  },
];
