import { z } from "zod";
import { importProblemSchema } from "@/lib/validation/indicators";
import { pagingSchema } from "./paging";
import type { ApiRouteDoc } from "./openapi-routes/types";
import { systemRoutes } from "./openapi-routes/system";
import { CITIZEN_REPORTS_TAG, OPEN_DATA_TAG, openDataRoutes, publicReportRoutes, publicResponses } from "./openapi-routes/public";
import { adminRoutes } from "./openapi-routes/admin";
import { scoringRoutes } from "./openapi-routes/scoring";
import { editionMappingRoutes } from "./openapi-routes/edition-mappings";
import { editionRoutes } from "./openapi-routes/editions";
import { taskRoutes } from "./openapi-routes/tasks";
import { planRoutes } from "./openapi-routes/plans";
import { ledgerRoutes } from "./openapi-routes/ledger";
import { ledgerExportRoutes } from "./openapi-routes/ledger-export";
import { siteRoutes } from "./openapi-routes/sites";
import { findingRoutes } from "./openapi-routes/findings";
import { roundRoutes } from "./openapi-routes/rounds";
import { consoleRoutes } from "./openapi-routes/console";
import { cityAdminRoutes } from "./openapi-routes/city-admin";
import { appealRoutes } from "./openapi-routes/appeals";
import { publicationRoutes } from "./openapi-routes/publications";
import { bulletinRoutes } from "./openapi-routes/bulletins";
import { citizenReportRoutes } from "./openapi-routes/citizen-reports";

const ROUTES: ApiRouteDoc[] = [
  ...systemRoutes,
  ...openDataRoutes,
  ...publicReportRoutes,
  ...adminRoutes,
  ...scoringRoutes,
  ...editionRoutes,
  ...editionMappingRoutes,
  ...taskRoutes,
  ...ledgerRoutes,
  ...ledgerExportRoutes,
  ...planRoutes,
  ...siteRoutes,
  ...findingRoutes,
  ...roundRoutes,
  ...consoleRoutes,
  ...cityAdminRoutes,
  ...appealRoutes,
  ...publicationRoutes,
  ...bulletinRoutes,
  ...citizenReportRoutes,
];

const errorEnvelope = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  /** File imports list every problem (conventions.md). */
  errors: z.array(importProblemSchema).optional(),
});

function schemaOf(type: z.ZodType) {
  return z.toJSONSchema(type, { io: "input", unrepresentable: "any" });
}

function operation(route: ApiRouteDoc) {
  const parameters = [
    ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } })),
    ...Object.entries((route.query ?? (route.method === "get" ? pagingSchema : z.object({}))).shape).map(([name, type]) => ({
      name,
      in: "query",
      required: !(type as z.ZodType).safeParse(undefined).success,
      schema: schemaOf(type as z.ZodType),
    })),
  ];
  const contentType = route.isMultipart ? "multipart/form-data" : "application/json";
  const success = route.fileType
    ? { description: "文件", content: { [route.fileType]: { schema: { type: "string", format: "binary" } } } }
    : { description: "成功", content: { "application/json": { schema: route.response ? schemaOf(route.response) : {} } } };
  const error = (description: string) => ({ description, content: { "application/json": { schema: schemaOf(errorEnvelope) } } });
  return {
    summary: route.summary,
    tags: route.tags,
    parameters,
    ...(route.body ? { requestBody: { required: true, content: { [contentType]: { schema: schemaOf(route.body) } } } } : {}),
    // Public routes take no credentials: no 401, and their own answers (304, 429).
    ...(route.isPublic ? { security: [] } : {}),
    responses: route.isPublic
      ? publicResponses(route, success, error)
      : {
          [String(route.status ?? 200)]: success,
          "401": error("未登录或令牌无效"),
          "403": error("无权限；或以 Cookie 会话发出、来自其他网站的写请求（CROSS_ORIGIN）"),
          "404": error("不存在或不在权限范围内"),
          ...(route.body || route.method !== "get"
            ? {
                "409": error("版本冲突"),
                "413": error("请求体过大（JSON 1 MB；导入文件 20 MB；佐证材料按 UPLOAD_MAX_BYTES，每次请求至多 10 倍）"),
                "415": error("请求体类型不受支持（JSON 接口只接受 application/json）"),
                "422": error("输入有误（含控制字符的文字亦然）"),
              }
            : {}),
        },
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the routes' zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "创文 Chuangwen API",
      version: "1",
      description:
        "全国文明城市创建管理平台接口。会话 Cookie 或 `Authorization: Bearer <令牌>`。/api/public/v1 为公开数据接口：无需登录，只含已发布数据，读接口允许跨域（CORS），带 ETag 与 Cache-Control，每个客户端地址每分钟至多 120 次。",
    },
    tags: [
      { name: OPEN_DATA_TAG, description: "已发布的城市、发布与通报（公开版），与公开页面相同的数据" },
      { name: CITIZEN_REPORTS_TAG, description: "市民随手拍：提交、按查询码查看进度、评价整改" },
    ],
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "over https the cookie is __Host-next-auth.session-token",
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
  };
}
