import { z } from "@/lib/validation/zod";
import {
  dispatchFindingsResultSchema,
  findingDetailSchema,
  findingIdsInput,
  findingItemSchema,
  listFindingsQuery,
  recheckFields,
  recheckResultSchema,
  redirectInput,
  reopenInput,
  replyInput,
  replyResultSchema,
} from "@/lib/validation/findings";
import type { ApiRouteDoc } from "./types";

// Findings and rectification (整改闭环): reads, 交办, replies, review, reopen, redirect, 回头看.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const replyBody = replyInput.omit({ id: true, photos: true }).extend({
  photos: z.array(z.file()).max(20).optional().describe("整改后照片（可重复，最多 20 张），按文件内容识别；413 过大，415 非图片/文档"),
});
const verifyBody = z.object({
  decision: z.enum(["ACCEPT", "RETURN"]),
  comment: z.string().optional().describe("退回时必填"),
  version: z.number().int().min(1).optional(),
});

export const findingRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/findings",
    summary: "问题列表 (a liaison sees its department's; WITHDRAWN only with status=WITHDRAWN; overdue=1: due before today and not verified)",
    tags: ["findings"],
    query: listFindingsQuery,
    response: listOf(findingItemSchema),
  },
  {
    method: "get",
    path: "/api/v1/findings/{id}",
    summary: "问题详情: timeline (actor names, notes) and before (the check's) / after (each reply's) photos",
    tags: ["findings"],
    response: findingDetailSchema,
  },
  {
    method: "post",
    path: "/api/v1/findings/dispatch",
    summary: "交办 (office, bulk: OPEN findings become DISPATCHED and their liaisons are notified; others are skipped with a reason)",
    tags: ["findings"],
    body: findingIdsInput,
    response: dispatchFindingsResultSchema,
  },
  {
    method: "post",
    path: "/api/v1/findings/{id}/rectifications",
    summary:
      "整改回复 (the department's liaison; multipart with after-photos in `photos`, or JSON without; DISPATCHED or RETURNED → SUBMITTED; 201, or 200 with the saved reply when clientKey was seen)",
    tags: ["findings"],
    isMultipart: true,
    body: replyBody,
    response: replyResultSchema,
    status: 201,
  },
  {
    method: "post",
    path: "/api/v1/findings/{id}/verify",
    summary: "审核 (office): ACCEPT = 销号 (VERIFIED, verifiedOn today in Shanghai); RETURN needs a comment and notifies the liaisons",
    tags: ["findings"],
    body: verifyBody,
    response: findingItemSchema,
  },
  {
    method: "post",
    path: "/api/v1/findings/{id}/reopen",
    summary: "重新打开 (office): VERIFIED → DISPATCHED, verification cleared, falseRectification flags 虚假整改",
    tags: ["findings"],
    body: reopenInput.omit({ id: true }),
    response: findingItemSchema,
  },
  {
    method: "post",
    path: "/api/v1/findings/{id}/redirect",
    summary: "改派 (office or inspector): an OPEN or DISPATCHED finding moves to another of its check's departments; the check's scoring stays",
    tags: ["findings"],
    body: redirectInput.omit({ id: true }),
    response: findingItemSchema,
  },
  {
    method: "post",
    path: "/api/v1/rounds/{roundId}/rechecks/{findingId}",
    summary: "回头看 result (a RECHECK round in progress): CONFIRMED, or NOT_FIXED which reopens the finding as 虚假整改",
    tags: ["findings"],
    body: recheckFields.omit({ roundId: true, findingId: true }),
    response: recheckResultSchema,
  },
  {
    method: "get",
    path: "/api/v1/departments/{id}/assignment-sheet",
    summary:
      "交办单 (office: a .docx listing the department's open findings with criterion, site, due date and the first photo's thumbnail; 409 when it has none)",
    tags: ["departments"],
    query: z.object({}),
    fileType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
];
