import { z } from "@/lib/validation/zod";
import { pagingSchema } from "@/lib/api/paging";
import {
  answerLedgerEntryFieldsSchema,
  evidenceFileQuery,
  ledgerEntryFieldsSchema,
  ledgerEntryRowSchema,
  reviewLedgerEntryFieldsSchema,
  updateLedgerEntryFieldsSchema,
} from "@/lib/validation/ledger";
import type { ApiRouteDoc } from "./types";

// Ledgers (工作台账): entries with evidence files, the office's review and the department's answer.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const evidenceFiles = z.array(z.file()).optional().describe("佐证材料（可重复）：图片、PDF、Office 文档，按文件内容识别");
const FILE_ERRORS =
  "413 PAYLOAD_TOO_LARGE: a file over the size limit (UPLOAD_MAX_BYTES, default 20 MB); " +
  "415 UNSUPPORTED_MEDIA_TYPE: a file that is not an image, PDF or Office document by its content; 422: an empty file (fieldErrors.evidence).";

const createBody = ledgerEntryFieldsSchema.omit({ taskId: true, figures: true }).extend({
  figures: z.string().optional().describe('量化指标 JSON：[{"name":"公益广告新增","value":"120","unit":"处"}]'),
  evidence: evidenceFiles,
});
const updateBody = updateLedgerEntryFieldsSchema.omit({ id: true }).extend({ evidence: evidenceFiles });
const answerBody = answerLedgerEntryFieldsSchema.omit({ id: true }).extend({ evidence: evidenceFiles });
const reviewBody = reviewLedgerEntryFieldsSchema.omit({ id: true });
const deleted = z.object({ id: z.string(), deletedAt: z.string().describe("ISO 8601") });

export const ledgerRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/tasks/{id}/ledger-entries",
    summary: "任务台账 (a task's entries, latest effective date first, each labelled with its department; 404 outside the caller's scope)",
    tags: ["ledger"],
    query: pagingSchema,
    response: listOf(ledgerEntryRowSchema),
  },
  {
    method: "post",
    path: "/api/v1/tasks/{id}/ledger-entries",
    summary:
      "填报台账 (add an entry: effectiveDate no later than today in Asia/Shanghai; the task must be dispatched and open, " +
      `else 409). A liaison writes for its department; the office for the lead (default) or a co-department. ${FILE_ERRORS}`,
    tags: ["ledger"],
    isMultipart: true,
    query: z.object({}),
    body: createBody,
    response: ledgerEntryRowSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/ledger-entries/{id}",
    summary:
      "修改台账 (JSON, or multipart to add files; `version` is the one read, a stale one is 409 VERSION_CONFLICT with " +
      `current and submitted; a liaison cannot change an accepted entry). ${FILE_ERRORS}`,
    tags: ["ledger"],
    isMultipart: true,
    query: z.object({}),
    body: updateBody,
    response: ledgerEntryRowSchema,
  },
  {
    method: "delete",
    path: "/api/v1/ledger-entries/{id}",
    summary: "撤回台账 (a pending or returned entry; `version` is the one read)",
    tags: ["ledger"],
    query: z.object({ version: z.coerce.number().int().min(1) }),
    response: deleted,
  },
  {
    method: "post",
    path: "/api/v1/ledger-entries/{id}/review",
    summary: "审核台账 (the office accepts, or returns with a comment; a return notifies the department's liaisons)",
    tags: ["ledger"],
    query: z.object({}),
    body: reviewBody,
    response: ledgerEntryRowSchema,
  },
  {
    method: "post",
    path: "/api/v1/ledger-entries/{id}/answer",
    summary: `答复退回 (a returned entry only; back to PENDING. JSON, or multipart with more files). ${FILE_ERRORS}`,
    tags: ["ledger"],
    isMultipart: true,
    query: z.object({}),
    body: answerBody,
    response: ledgerEntryRowSchema,
  },
  {
    method: "get",
    path: "/api/v1/evidence/{id}",
    summary:
      "佐证材料文件 (inline, with its detected type; `?thumbnail=1` the 320 px JPEG of an image). Read through the record that owns it: " +
      "a ledger entry (its task's scope), a check (its round's: the city's office and inspectors, the province's supervisor, the system admin; " +
      "also through a finding it opened, so the finding's liaison sees its before photos), " +
      "a finding or a rectification reply (the finding's: a liaison only its department's); 404 for anyone else",
    tags: ["ledger"],
    query: evidenceFileQuery,
    fileType: "application/octet-stream",
  },
];
