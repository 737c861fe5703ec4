import { z } from "@/lib/validation/zod";
import { coverageQuery, coverageSchema } from "@/lib/validation/coverage";
import {
  annualPlanRowSchema,
  createAnnualPlanInput,
  createPlanActionInput,
  deletePlanActionInput,
  planActionRowSchema,
  planOverviewQuery,
  planOverviewSchema,
  threeYearPlanRowSchema,
  updateAnnualPlanInput,
  updatePlanActionInput,
  updateThreeYearPlanInput,
} from "@/lib/validation/plans";
import { exportTaskListQuery, importTaskListBody, importTaskListQuery, taskImportPreviewSchema, taskImportResultSchema } from "@/lib/validation/task-import";
import type { ApiRouteDoc } from "./types";

// Plans (三年规划 → 年度实施方案 → 行动), task lists in and out of Excel, and criteria coverage.

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const planRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/plans",
    summary: "创建计划 (the current cycle with its year weights, the three-year plan, annual plans and their actions with task counts)",
    tags: ["plans"],
    query: planOverviewQuery,
    response: planOverviewSchema,
  },
  {
    method: "patch",
    path: "/api/v1/plans/three-year/{id}",
    summary: "修改三年规划 (title, summary; names the version it read)",
    tags: ["plans"],
    body: updateThreeYearPlanInput.omit({ id: true }),
    response: threeYearPlanRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/plans/annual",
    summary: "新建年度实施方案 (for a year of the cycle that has none)",
    tags: ["plans"],
    body: createAnnualPlanInput,
    response: annualPlanRowSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/plans/annual/{id}",
    summary: "修改年度实施方案 (title, summary)",
    tags: ["plans"],
    body: updateAnnualPlanInput.omit({ id: true }),
    response: annualPlanRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/plans/actions",
    summary: "添加行动 (at the end of the annual plan; names are unique within it)",
    tags: ["plans"],
    body: createPlanActionInput,
    response: planActionRowSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/plans/actions/{id}",
    summary: "修改行动 (name, description)",
    tags: ["plans"],
    body: updatePlanActionInput.omit({ id: true }),
    response: planActionRowSchema,
  },
  {
    method: "delete",
    path: "/api/v1/plans/actions/{id}",
    summary: "删除行动 (soft delete; ?version=; 409 CONFLICT while live tasks belong to it)",
    tags: ["plans"],
    query: deletePlanActionInput.pick({ version: true }),
    response: z.object({ id: z.string(), deleted: z.literal(true) }),
  },
  {
    method: "post",
    path: "/api/v1/tasks/import",
    summary:
      "导入任务清单 (an .xlsx in the template's layout into an annual plan of the caller's city, all or nothing). `?dryRun=1` answers 200 " +
      "with the preview and writes nothing; otherwise 201. 422 IMPORT_INVALID lists every problem in `errors: [{sheet,row,column,message}]`.",
    tags: ["tasks"],
    isMultipart: true,
    query: importTaskListQuery,
    body: importTaskListBody,
    response: z.union([taskImportResultSchema, taskImportPreviewSchema]),
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/tasks/template",
    summary: "下载任务清单模板 (the .xlsx template with instructions and example rows)",
    tags: ["tasks"],
    query: z.object({}),
    fileType: XLSX,
  },
  {
    method: "get",
    path: "/api/v1/tasks/export",
    summary: "导出任务清单 (the annual plan's tasks in the template's layout, plus the 计划 sheet; export → import round-trips)",
    tags: ["tasks"],
    query: exportTaskListQuery,
    fileType: XLSX,
  },
  {
    method: "get",
    path: "/api/v1/coverage",
    summary: "测评标准覆盖情况 (every criterion of the city's indicator system with the tasks serving it; gaps, points at stake per action, totals)",
    tags: ["coverage"],
    query: coverageQuery,
    response: coverageSchema,
  },
];
