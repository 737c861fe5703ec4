import { z } from "@/lib/validation/zod";
import {
  editionRowSchema,
  editionTreeSchema,
  exportEditionQuery,
  getEditionQuery,
  importEditionBody,
  importEditionQuery,
  importPreviewSchema,
  importResultSchema,
  listEditionsQuery,
} from "@/lib/validation/indicators";
import type { ApiRouteDoc } from "./types";

// Indicator editions (测评体系): list, tree, import from .xlsx/YAML/JSON, export, template.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const editionRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/editions",
    summary: "测评体系列表 (editions, with criteria count and total points)",
    tags: ["editions"],
    query: listEditionsQuery,
    response: listOf(editionRowSchema),
  },
  {
    method: "post",
    path: "/api/v1/editions/import",
    summary:
      "导入测评体系 (import from .xlsx, .yaml or .json, all or nothing). `?dryRun=1` answers 200 with the preview " +
      "(importPreview) and writes nothing; otherwise 201 with the new edition's id. 422 IMPORT_INVALID lists every problem in " +
      "`errors: [{sheet,row,column,message}]`.",
    tags: ["editions"],
    isMultipart: true,
    query: importEditionQuery,
    body: importEditionBody,
    response: z.union([importResultSchema, importPreviewSchema]),
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/editions/template",
    summary: "下载导入模板 (the .xlsx template with instructions and example rows)",
    tags: ["editions"],
    query: z.object({}),
    fileType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  {
    method: "get",
    path: "/api/v1/editions/{id}",
    summary: "测评体系详情 (the tree with totals per level and rubrics in plain Chinese)",
    tags: ["editions"],
    query: getEditionQuery,
    response: editionTreeSchema,
  },
  {
    method: "get",
    path: "/api/v1/editions/{id}/export",
    summary: "导出测评体系 (export as .xlsx or YAML in the import's format; `cityId` exports the city's localized version)",
    tags: ["editions"],
    query: exportEditionQuery,
    fileType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
];
