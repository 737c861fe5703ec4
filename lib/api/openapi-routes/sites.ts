import { z } from "@/lib/validation/zod";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { importSitesBody, importSitesQuery, siteImportPreviewSchema, siteImportResultSchema } from "@/lib/validation/site-import";
import { createSiteInput, listSitesQuery, siteRowSchema, updateSiteInput } from "@/lib/validation/sites";
import type { ApiRouteDoc } from "./types";

// Sites (点位): the same zod schemas the use cases validate with.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const siteRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/sites",
    summary: "点位列表 (sites; filters type, street, grid, department, q, active)",
    tags: ["sites"],
    query: listSitesQuery,
    response: listOf(siteRowSchema),
  },
  {
    method: "post",
    path: "/api/v1/sites",
    summary: "新增点位 (create a site in the office's city; without `code` the next D-number is given)",
    tags: ["sites"],
    body: createSiteInput,
    response: siteRowSchema,
    status: 201,
  },
  { method: "get", path: "/api/v1/sites/{id}", summary: "点位详情 (a site)", tags: ["sites"], query: z.object({}), response: siteRowSchema },
  {
    method: "patch",
    path: "/api/v1/sites/{id}",
    summary: "修改点位 (update; the body names the `version` it read; 409 VERSION_CONFLICT with both versions when stale)",
    tags: ["sites"],
    body: updateSiteInput.omit({ id: true }),
    response: siteRowSchema,
  },
  {
    method: "delete",
    path: "/api/v1/sites/{id}",
    summary: "停用点位（软删除）(deactivate; ?version=)",
    tags: ["sites"],
    query: z.object({ version: z.coerce.number().int().min(1).describe("调用方读取到的版本号") }),
    response: siteRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/sites/import",
    summary:
      "导入点位 (an .xlsx in the template's layout into the caller's city, all or nothing). `?dryRun=1` answers 200 with the preview and " +
      "writes nothing; otherwise 201. 422 IMPORT_INVALID lists every problem in `errors: [{sheet,row,column,message}]`, unknown types and units with the closest name.",
    tags: ["sites"],
    isMultipart: true,
    query: importSitesQuery,
    body: importSitesBody,
    response: z.union([siteImportResultSchema, siteImportPreviewSchema]),
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/sites/template",
    summary: "下载点位导入模板 (the .xlsx template: sheet 点位 with 点位名称, 点位类型, 街道, 网格, 地址, 经度, 纬度, 包点单位, 点位编号)",
    tags: ["sites"],
    query: z.object({}),
    fileType: XLSX_CONTENT_TYPE,
  },
  {
    method: "get",
    path: "/api/v1/sites/export",
    summary: "导出点位 (one city's sites in the template's layout with their codes; export → import round-trips)",
    tags: ["sites"],
    query: listSitesQuery.omit({ page: true, pageSize: true }),
    fileType: XLSX_CONTENT_TYPE,
  },
];
