import { z } from "@/lib/validation/zod";
import { pagingSchema } from "@/lib/api/paging";
import { publicBulletinQuery } from "@/lib/api/public/public-queries";
import { reportFields, rateReportInput, MAX_REPORT_PHOTOS } from "@/lib/domain/citizen-reports/report-input";
import { reportStatusDto } from "@/lib/domain/citizen-reports/report-status";
import { publicCitySchema, publicCitySummarySchema, publicPublicationRefSchema, publicPublicationSchema } from "@/lib/server/public/public-dto";
import type { ApiRouteDoc } from "./types";

// 公开数据 Open data: /api/public/v1, no sign-in, published data only (docs/public-data.md), the
// same DTOs as the public pages. Every answer is counted by the rate limit per client address.

export const OPEN_DATA_TAG = "公开数据 Open data";

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const noQuery = z.object({});

export const openDataRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/public/v1/cities",
    summary: "The nominated cities with their latest published city score and when, trend and cycle progress",
    tags: [OPEN_DATA_TAG],
    isPublic: true,
    query: pagingSchema,
    response: listOf(publicCitySummarySchema),
  },
  {
    method: "get",
    path: "/api/public/v1/cities/{slug}",
    summary: "A city's published progress by action, latest rankings with every red and black list, scores, rectification and citizen-report figures",
    tags: [OPEN_DATA_TAG],
    isPublic: true,
    query: noQuery,
    response: publicCitySchema,
  },
  {
    method: "get",
    path: "/api/public/v1/cities/{slug}/publications",
    summary: "A city's publications, newest first; a superseded one stays listed with the id of its correction (supersededBy)",
    tags: [OPEN_DATA_TAG],
    isPublic: true,
    query: pagingSchema,
    response: listOf(publicPublicationRefSchema),
  },
  {
    method: "get",
    path: "/api/public/v1/publications/{id}",
    summary: "One publication as published (a city's round or period, or its province's city ranking): the public figures of its frozen snapshot",
    tags: [OPEN_DATA_TAG],
    isPublic: true,
    query: noQuery,
    response: publicPublicationSchema,
  },
  {
    method: "get",
    path: "/api/public/v1/publications/{id}/bulletin",
    summary:
      "The public variant of the publication's 通报 as stored when published (no photos, notes or person names): .docx, or format=html the printable page",
    tags: [OPEN_DATA_TAG],
    isPublic: true,
    query: publicBulletinQuery,
    fileType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
];

export const CITIZEN_REPORTS_TAG = "文明随手拍 Citizen reports";

const challengeSchema = z.object({
  algorithm: z.literal("SHA-256"),
  challenge: z.string(),
  maxnumber: z.number().int(),
  salt: z.string(),
  signature: z.string(),
});
const submitForm = reportFields.extend({
  altcha: z.string().describe("ALTCHA v1 的解（base64 JSON），每个挑战只能用一次"),
  photos: z
    .array(z.string())
    .max(MAX_REPORT_PHOTOS)
    .optional()
    .describe(`照片文件，至多 ${MAX_REPORT_PHOTOS} 张，按字节判定类型并重新编码（不保留 EXIF 位置）`),
});

/** The residents' side of 文明随手拍 (issue 10 §3); the office's queue is under /api/v1/citizen-reports. */
export const publicReportRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/public/v1/reports/challenge",
    summary: "A fresh ALTCHA v1 proof-of-work challenge (expiring; never cached)",
    tags: [CITIZEN_REPORTS_TAG],
    isPublic: true,
    isUncached: true,
    query: noQuery,
    response: challengeSchema,
  },
  {
    method: "post",
    path: "/api/public/v1/reports",
    summary:
      "A resident's report: city slug, category name, description, street, address, optional position and contact, the ALTCHA solution, up to six photos. Nothing is public until the office accepts it. 403 CHALLENGE_FAILED for a missing, wrong, expired or reused solution; 429 after 10 stored reports an hour from one address",
    tags: [CITIZEN_REPORTS_TAG],
    isPublic: true,
    isMultipart: true,
    body: submitForm,
    response: z.object({ code: z.string(), status: z.literal("RECEIVED") }),
    status: 201,
  },
  {
    method: "get",
    path: "/api/public/v1/reports/{code}",
    summary: "A report's status by its tracking code (never the description, place or contact; Cache-Control: no-store)",
    tags: [CITIZEN_REPORTS_TAG],
    isPublic: true,
    isUncached: true,
    query: noQuery,
    response: reportStatusDto,
  },
  {
    method: "get",
    path: "/api/public/v1/reports/{code}/after-photo",
    summary: "The photo of the verified fix, while the report is RECTIFIED (404 otherwise)",
    tags: [CITIZEN_REPORTS_TAG],
    isPublic: true,
    isUncached: true,
    query: noQuery,
    fileType: "image/*",
  },
  {
    method: "post",
    path: "/api/public/v1/reports/{code}/rating",
    summary: "The reporter's rating of a RECTIFIED report, once (409 for a second one or before the fix is verified)",
    tags: [CITIZEN_REPORTS_TAG],
    isPublic: true,
    body: rateReportInput.omit({ code: true }),
    response: z.object({ code: z.string(), satisfied: z.boolean(), comment: z.string().nullable(), ratedAt: z.string() }),
    status: 201,
  },
];

type Response = Record<string, unknown>;

/** The answers of a public operation: no 401 or 403 for reads, and the rate limit's 429 everywhere. */
export function publicResponses(route: ApiRouteDoc, success: Response, error: (description: string) => Response): Record<string, Response> {
  const isRead = route.method === "get";
  return {
    [String(route.status ?? 200)]: success,
    ...(isRead && !route.isUncached ? { "304": { description: "未修改：If-None-Match 与当前 ETag 相同（强 ETag，按响应字节计算）" } } : {}),
    ...(isRead
      ? {}
      : {
          "403": error("未通过人机验证（CHALLENGE_FAILED）"),
          "409": error("状态不允许此操作"),
          "413": error("请求体过大"),
          "415": error("请求体类型不受支持"),
        }),
    "404": error("不存在，或不是公开数据"),
    "422": error("输入有误（含控制字符的文字亦然）"),
    "429": error("请求过于频繁（RATE_LIMITED：每个客户端地址每分钟 120 次；提交随手拍另限每小时 10 条），见 Retry-After（秒）"),
  };
}
