import { z } from "@/lib/validation/zod";
import {
  acceptReportInput,
  citizenReportItemSchema,
  createCategoryInput,
  listCitizenReportsQuery,
  mergeReportInput,
  moderationResultSchema,
  rejectReportInput,
  reportCategorySchema,
  updateCategoryInput,
} from "@/lib/validation/citizen-reports-office";
import type { ApiRouteDoc } from "./types";

// 文明随手拍, the office's side: the moderation queue, its three decisions and the city's categories.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const ONLY_RECEIVED = "only a RECEIVED report (409 otherwise)";

export const citizenReportRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/citizen-reports",
    summary: "随手拍 queue of the office's city (office and system admin; contacts to the office only); RECEIVED oldest first, others newest first",
    tags: ["citizen-reports"],
    query: listCitizenReportsQuery,
    response: listOf(citizenReportItemSchema),
  },
  {
    method: "get",
    path: "/api/v1/citizen-reports/{id}",
    summary: "One citizen report: category, place, photos, contact (office only), status and rating",
    tags: ["citizen-reports"],
    response: citizenReportItemSchema,
  },
  {
    method: "post",
    path: "/api/v1/citizen-reports/{id}/accept",
    summary: `受理: a finding (origin CITIZEN_REPORT, the category's criterion unless given, due today + the rectification window unless given), dispatched at once when the city auto-dispatches; the report becomes ACCEPTED (RECTIFYING when dispatched); ${ONLY_RECEIVED}`,
    tags: ["citizen-reports"],
    body: acceptReportInput.omit({ id: true }),
    response: moderationResultSchema,
    status: 201,
  },
  {
    method: "post",
    path: "/api/v1/citizen-reports/{id}/merge",
    summary: `合并: joins a finding of the city that is not withdrawn and takes its state (OPEN → ACCEPTED, with the department → RECTIFYING, VERIFIED → RECTIFIED); ${ONLY_RECEIVED}`,
    tags: ["citizen-reports"],
    body: mergeReportInput.omit({ id: true }),
    response: moderationResultSchema,
  },
  {
    method: "post",
    path: "/api/v1/citizen-reports/{id}/reject",
    summary: `驳回 with a reason the reporter reads on the tracking page (REJECTED, closed); ${ONLY_RECEIVED}`,
    tags: ["citizen-reports"],
    body: rejectReportInput.omit({ id: true }),
    response: moderationResultSchema,
  },
  {
    method: "get",
    path: "/api/v1/report-categories",
    summary: "The city's report categories with their criterion (archived ones last)",
    tags: ["citizen-reports"],
    query: z.object({ page: z.coerce.number().int().min(1).optional(), pageSize: z.coerce.number().int().min(1).max(500).optional() }),
    response: listOf(reportCategorySchema),
  },
  {
    method: "post",
    path: "/api/v1/report-categories",
    summary: "A new report category of the office's city (name unique in the city; criterion of the city's edition)",
    tags: ["citizen-reports"],
    body: createCategoryInput,
    response: reportCategorySchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/report-categories/{id}",
    summary: "Rename, re-map, re-order, archive or restore a category; names the version it read (stale: 409)",
    tags: ["citizen-reports"],
    body: updateCategoryInput.omit({ id: true }),
    response: reportCategorySchema,
  },
];
